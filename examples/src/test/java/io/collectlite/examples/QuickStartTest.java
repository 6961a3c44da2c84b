package io.collectlite.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.jdbc.JdbcStores;
import io.collectlite.store.Store;
import io.collectlite.user.User;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link QuickStart} as README.md tells a Java developer to, twice on the same SQLite file. */
class QuickStartTest {
  static final Path REPO = Path.of("").toAbsolutePath().getParent();

  @Test
  void quickStartRunsEndToEndAndAgainOnTheSameDatabase(@TempDir Path dataDir) throws Exception {
    String sample = REPO.resolve("examples/data/relevance-sample.jsonl").toString();

    String first = run(QuickStart.class, dataDir.toString(), sample);
    assertThat(first).contains("created user olivia, token ", "created user ann, token ", "created user ben, token ",
        "project 1: uploaded 10 rows -> 12 examples", "tasks generated: 12", "ann labelled 12 tasks",
        "ben labelled 12 tasks", "export v1: 12 records in " + dataDir.resolve("exports/project-1/export-v1.jsonl"));

    String second = run(QuickStart.class, dataDir.toString(), sample);
    assertThat(second).contains("found user olivia", "found user ann", "found user ben",
        "project 2: uploaded 10 rows -> 12 examples", "tasks generated: 12", "ann labelled 12 tasks",
        "ben labelled 12 tasks", "export v1: 12 records in " + dataDir.resolve("exports/project-2/export-v1.jsonl"));
    assertThat(second).doesNotContain("created user");

    try (Store store = JdbcStores.sqlite(dataDir.resolve("collectlite.db"))) {
      assertThat(store.users().list()).extracting(User::name).containsExactlyInAnyOrder("olivia", "ann", "ben");
    }
    for (int project = 1; project <= 2; project++) {
      List<String> records = Files.readAllLines(dataDir.resolve("exports/project-" + project + "/export-v1.jsonl"));
      assertThat(records).hasSize(12).allSatisfy(r -> assertThat(r).contains("\"final_label\":\""));
    }
  }

  /** Runs an example in its own JVM, as `java -cp …` would: it must finish, exit 0 and print no exception. */
  static String run(Class<?> program, String... args) throws Exception {
    Path output = Files.createTempFile("quickstart", ".out");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", testClassPath(),
        program.getName()));
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) process.destroyForcibly();
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(finished).as("%s finished; output so far:%n%s", program.getSimpleName(), text).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    assertThat(text).as("%s failed", program.getSimpleName()).doesNotContain("Exception", "ERROR", "WARN");
    return text;
  }

  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> Files.exists(Path.of(entry)))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
