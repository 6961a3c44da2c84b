package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.project.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality engine through the bundled web UI in a real browser, driven by
 * {@code src/main/ui/e2e/quality.mjs} (see {@link BrowserScript}). The owner creates a relevance
 * project with overlap 2, uploads rows one of which carries a {@code gold} column, uploads a gold
 * file and sets the gold rate and minimum agreement on the Quality page; two annotators label from
 * the keyboard (gold probes included) and disagree once; the owner flags an example by its id; the
 * reviewer filters the queue by reason, overrules the contested task's consensus and marks the
 * decision gold; the owner reads each annotator's gold count, recomputes and exports. The export
 * must show the override and every record's consensus method.
 */
class BrowserQualityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void goldSettingsReviewReasonsReliabilityAndRecomputeWorkThroughTheBrowser() throws Exception {
    Path exports = temp.resolve("downloaded");
    BrowserScript.run(temp, "quality.mjs", Map.of("EXPORT_DIR", exports.toString()), 120);

    String jsonl = Files.readString(exports.resolve("quality.jsonl"));
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, io.collectlite.export.ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : jsonl.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode record = JSON.readTree(line);
      records.put(record.get("example_id").asText(), record);
    }
    assertThat(records).containsOnlyKeys("capital", "snakes", "boil", "sort", "everest");
    JsonNode contested = records.get("boil");
    assertThat(contested.get("reviewer_override").asBoolean()).as(contested.toString()).isTrue();
    assertThat(contested.get("final_label").asText()).isEqualTo("partially_relevant");
    records.forEach((id, record) -> assertThat(record.path("consensus_method").isTextual())
        .as("consensus_method of " + id + ": " + record).isTrue());
    assertThat(records.get("everest").get("consensus_method").asText()).isEqualTo("gold");
    assertThat(records.get("everest").get("final_label").asText()).isEqualTo("highly_relevant");
    assertThat(records.get("sort").get("consensus_method").asText()).isEqualTo("gold");
  }
}
