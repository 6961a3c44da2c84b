package io.collectlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchAreaTest {
  @TempDir
  Path root;

  @Test
  void claimDeletesWhatAKilledProcessLeftAndSparesALiveOne() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ScratchAreaChild.class.getName(), root.toString())
        .redirectErrorStream(true).start();
    try {
      String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(line).startsWith("ready ");
      Path leftover = Path.of(line.substring("ready ".length()));
      assertThat(leftover).exists();

      try (ScratchArea whileAlive = ScratchArea.claim(root)) {
        assertThat(whileAlive.swept()).isZero();
        assertThat(leftover).exists();
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (ScratchArea afterKill = ScratchArea.claim(root)) {
        assertThat(afterKill.swept()).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(leftover.getParent()).doesNotExist();
      }
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void claimDeletesLooseFilesAndDirectoriesWithoutAnOwner() throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("MultiPart123.tmp"), "x");
    Files.createDirectories(root.resolve("owner-gone"));
    Files.writeString(root.resolve("owner-gone").resolve("part"), "y");
    try (ScratchArea area = ScratchArea.claim(root)) {
      assertThat(area.swept()).isEqualTo(2);
      try (var entries = Files.list(root)) {
        assertThat(entries.map(p -> p.getFileName().toString()).toList())
            .containsExactlyInAnyOrder(area.directory().getFileName().toString(),
                area.directory().getFileName() + ".lock");
      }
    }
  }

  @Test
  void anAreaOfThisProcessIsNotSweptByAnotherClaim() throws Exception {
    try (ScratchArea first = ScratchArea.claim(root)) {
      Path file = Files.writeString(first.directory().resolve("in-use"), "z");
      try (ScratchArea second = ScratchArea.claim(root)) {
        assertThat(second.swept()).isZero();
        assertThat(file).exists();
      }
    }
  }

  @Test
  void closeRemovesTheOwnersFiles() throws Exception {
    ScratchArea area = ScratchArea.claim(root);
    Files.writeString(area.directory().resolve("f"), "z");
    area.close();
    try (var entries = Files.list(root)) {
      assertThat(entries.toList()).isEmpty();
    }
  }
}
