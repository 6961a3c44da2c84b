package io.collectlite.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryExportArchiveTest {
  @TempDir
  Path root;

  @Test
  void aFileBeingWrittenIsNotUnderItsFinalName() throws IOException {
    try (var archive = new DirectoryExportArchive(root);
        var file = archive.create(1, 1, ExportFormat.JSONL)) {
      file.stream().write("{\"id\":\"r1\"}\n".getBytes(StandardCharsets.UTF_8));
      file.stream().flush();
      assertThat(root.resolve(archive.locationOf(1, 1, ExportFormat.JSONL))).doesNotExist();
    }
  }

  @Test
  void aFailedWriteLeavesNoFileAndNoTemporary() throws IOException {
    try (var archive = new DirectoryExportArchive(root)) {
      try (var file = archive.create(1, 1, ExportFormat.JSONL)) {
        file.stream().write("{\"id\":\"r1\"}\n{\"id\":".getBytes(StandardCharsets.UTF_8));
        // the writer fails here: the file is closed unpublished
      }
      assertThat(regularFiles()).isEmpty();
    }
  }

  @Test
  void aPublishedFileAppearsWholeAndNothingElseRemains() throws IOException {
    try (var archive = new DirectoryExportArchive(root)) {
      try (var file = archive.create(3, 2, ExportFormat.CSV)) {
        file.stream().write("id\nr1\n".getBytes(StandardCharsets.UTF_8));
        file.publish();
      }
      try (var in = archive.open(archive.locationOf(3, 2, ExportFormat.CSV))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id\nr1\n");
      }
      assertThat(regularFiles()).containsExactly(root.resolve("project-3/export-v2.csv"));
    }
  }

  @Test
  void recoverDeletesWhatADeadWriterLeftAndSparesALiveOnes() throws IOException {
    try (var live = new DirectoryExportArchive(root); var pending = live.create(1, 5, ExportFormat.JSONL)) {
      pending.stream().write('{');
      // what a writer killed mid-export leaves: its temporary, and a lock file nobody holds
      Path dead = Files.createDirectories(root.resolve(DirectoryExportArchive.PARTIAL).resolve("owner-1"));
      Files.createFile(root.resolve(DirectoryExportArchive.PARTIAL).resolve("owner-1.lock"));
      Path leftover = Files.writeString(dead.resolve("project-1-export-v4-9.jsonl"), "{\"id\":");
      try (var restarted = new DirectoryExportArchive(root)) {
        restarted.recover();
        assertThat(leftover).doesNotExist();
        assertThat(regularFiles()).hasSize(1); // the live writer's temporary, not yet published
      }
    }
  }

  @Test
  void locationsCannotReachThePartialFiles() {
    var archive = new DirectoryExportArchive(root);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> archive.open(DirectoryExportArchive.PARTIAL + "/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every regular file under the root but the scratch areas' lock files. */
  private List<Path> regularFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock")).toList();
    }
  }
}
