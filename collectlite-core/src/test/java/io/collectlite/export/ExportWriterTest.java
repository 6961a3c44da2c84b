package io.collectlite.export;

import io.collectlite.project.TaskType;
import io.collectlite.template.Presets;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.project.TaskType;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportWriterTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final List<ExportRow> ROWS = List.of(
      new ExportRow(1, "q1", "{\"document\":\"RAG, retrieval\",\"metadata\":{\"src\":\"wiki\"},\"query\":\"what is rag\"}",
          "highly_relevant", 1.0, "majority", 2, false, 1, T, T),
      new ExportRow(2, "q2", "{\"document\":\"bananas\",\"query\":\"what is rag\"}",
          "irrelevant", 0.5, "majority", 2, true, 2, T, T));

  private final ExportWriter writer = new ExportWriter(99, SplitRatios.DEFAULT, Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), T);

  @Test
  void jsonlRecordsCarryTheExportContractFields() throws Exception {
    var out = new ByteArrayOutputStream();
    WrittenExport written = writer.write(ExportFormat.JSONL, 3, ROWS.iterator(), out, "loc");
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("example_id").asText()).isEqualTo("q1");
    assertThat(first.get("fields").get("metadata").get("src").asText()).isEqualTo("wiki");
    assertThat(first.get("final_label").asText()).isEqualTo("highly_relevant");
    assertThat(first.get("reviewer_override").asBoolean()).isFalse();
    assertThat(first.get("split").asText()).isEqualTo(SplitRatios.DEFAULT.splitOf(99, "q1").wire());
    assertThat(first.get("export_version").asInt()).isEqualTo(3);
    assertThat(first.has("model_suggestion")).isTrue();
    assertThat(new ObjectMapper().readTree(lines[1]).get("reviewer_override").asBoolean()).isTrue();
    assertThat(written.recordCount()).isEqualTo(2);
    assertThat(written.templateVersions()).containsExactly(1, 2);
    assertThat(written.sha256()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
  }

  @Test
  void jsonlRecordsFollowThePublishedJsonSchema() throws Exception {
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.JSONL, 3, ROWS.iterator(), out, "loc");
    String jsonl = out.toString(StandardCharsets.UTF_8);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
    // the schema has teeth: a record with a label of the wrong type or a missing field is refused
    String broken = jsonl.lines().findFirst().orElseThrow()
        .replace("\"highly_relevant\"", "7").replace("\"split\":", "\"partition\":");
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION, broken))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aSchemaIsPublishedForEveryTaskTypeAtTheCurrentVersion() {
    for (TaskType type : TaskType.values()) {
      assertThat(ExportSchemas.jsonSchema(type, ExportWriter.SCHEMA_VERSION)).as(type.wire()).isPresent();
    }
    assertThat(ExportSchemas.jsonSchema(TaskType.DOCUMENT_RELEVANCE, "99")).isEmpty();
    assertThat(ExportSchemas.jsonSchema(TaskType.DOCUMENT_RELEVANCE, "../x")).isEmpty();
  }

  @Test
  void csvFlattensTemplateFieldsAndKeepsTheRestAsJson() throws Exception {
    var out = new ByteArrayOutputStream();
    WrittenExport written = writer.write(ExportFormat.CSV, 1, ROWS.iterator(), out, "loc");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("fields.document")).isEqualTo("RAG, retrieval");
    assertThat(records.get(0).get("fields_other")).isEqualTo("{\"metadata\":{\"src\":\"wiki\"}}");
    assertThat(records.get(1).get("fields_other")).isEmpty();
    assertThat(records.get(1).get("reviewer_override")).isEqualTo("true");
    assertThat(written.recordCount()).isEqualTo(2);
  }

  @Test
  void sameRowsGiveTheSameBytes() throws Exception {
    var a = new ByteArrayOutputStream();
    var b = new ByteArrayOutputStream();
    assertThat(writer.write(ExportFormat.JSONL, 1, ROWS.iterator(), a, "x").sha256())
        .isEqualTo(writer.write(ExportFormat.JSONL, 1, ROWS.iterator(), b, "x").sha256());
  }
}
