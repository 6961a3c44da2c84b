package io.collectlite.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs examples/quickstart.jsh in a real JShell, as the README tells a data scientist to. */
class QuickstartScriptTest {
  @Test
  void quickstartScriptUploadsAnnotatesReviewsAndExports() throws Exception {
    Path repo = Path.of("").toAbsolutePath().getParent();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path output = Files.createTempFile("quickstart", ".out");
    Process process = new ProcessBuilder(jshell.toString(), "--class-path", testClassPath(),
        "examples/quickstart.jsh")
        .directory(repo.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    boolean finished = process.waitFor(3, TimeUnit.MINUTES);
    String text = read(output);
    if (!finished) process.destroyForcibly();
    assertThat(finished).as("jshell finished; output so far:%n%s", text).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    assertThat(text).as("JShell reported an error").doesNotContain("Error:", "Exception");
    assertThat(text).contains("uploaded: 10 rows -> 12 examples, 0 duplicates", "tasks generated: 12",
        "ann labelled 12 tasks, ben labelled 12", "export v1: 12 records, sha256 ",
        "model suggestions: done, 12 suggested by all-minilm-l6-v2-q");
    assertThat(text).containsPattern("model vs final labels: accuracy [01]\\.\\d\\d of 12, Spearman -?[01]\\.\\d\\d");
    assertThat(text).containsPattern("review queue: [1-9][0-9]* contested tasks");
    assertThat(text).contains("\"example_id\":\"rag-001\"", "\"split\":");
    // the export carries the model's suggestion: never a null where the model suggested a label
    assertThat(text).containsPattern("rag-001: final label \\w+; model suggestion onnx/all-minilm-l6-v2-q said \\w+ "
        + "\\(confidence [01]\\.\\d\\d, \\d+ ms, \\d{4}-\\d\\d-\\d\\dT[^)]+\\)");
  }

  /** Surefire may hide the class path behind a manifest-only jar; it publishes the real one here. */
  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // jshell refuses entries that do not exist (this module has no main classes)
    return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(entry -> Files.exists(Path.of(entry)))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
