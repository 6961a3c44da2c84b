package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.project.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every task type through the bundled web UI in a real browser, driven by
 * {@code src/main/ui/e2e/types.mjs} (see {@link BrowserScript}): for each of the five types the
 * owner creates a project from the UI and uploads rows, two annotators label every task from the
 * keyboard only and disagree once, the reviewer resolves that task from the keyboard, and every line
 * of the JSONL export the owner creates and downloads on the export page must satisfy the type's
 * export JSON Schema; so must the export of a critique project whose schema has a secondary question
 * with options without keys. The pairwise rows name their models, and the owner reads them ranked, with
 * wins, losses and ties, on the project's Leaderboard tab (shown on pairwise projects only).
 */
class BrowserTypesTest {
  @TempDir Path temp;

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void everyTaskTypeIsLabelledReviewedAndExportedThroughTheBrowser() throws Exception {
    Path exports = temp.resolve("downloaded");
    BrowserScript.run(temp, "types.mjs", Map.of("EXPORT_DIR", exports.toString()), 360);

    for (TaskType type : TaskType.values()) {
      Path file = exports.resolve(type.wire() + ".jsonl");
      assertThat(file).as("the export of the " + type.wire() + " project").isRegularFile();
      String jsonl = Files.readString(file);
      assertThat(jsonl.lines().filter(l -> !l.isBlank())).as(type.wire() + " records").hasSize(3);
      assertThat(ExportSchemaCheck.violations(type, io.collectlite.export.ExportWriter.SCHEMA_VERSION, jsonl)).as(type.wire() + " export against its JSON Schema")
          .isEmpty();
    }
    String secondary = Files.readString(exports.resolve("critique-schema.jsonl"));
    assertThat(ExportSchemaCheck.violations(TaskType.CRITIQUE, io.collectlite.export.ExportWriter.SCHEMA_VERSION, secondary))
        .as("critique export with a secondary question against its JSON Schema").isEmpty();
  }
}
