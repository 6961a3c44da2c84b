package io.collectlite.export;

import io.collectlite.annotation.Confidence;
import io.collectlite.task.TaskState;
import io.collectlite.template.Presets;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  void csvFlattensNestedFieldsToDottedColumnsFromTheTemplateAndTheFirstRows() throws Exception {
    var out = new ByteArrayOutputStream();
    WrittenExport written = writer.write(ExportFormat.CSV, 1, ROWS.iterator(), out, "loc");
    var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8)));
    assertThat(parsed.getHeaderNames()).containsSubsequence("export_version", "fields.query", "fields.document",
        "fields.metadata.src", "fields_other").doesNotContain("state", "annotations");
    List<CSVRecord> records = parsed.getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("fields.document")).isEqualTo("RAG, retrieval");
    assertThat(records.get(0).get("fields.metadata.src")).isEqualTo("wiki");
    assertThat(records.get(0).get("fields_other")).isEmpty();
    assertThat(records.get(1).get("fields.metadata.src")).isEmpty();
    assertThat(records.get(1).get("reviewer_override")).isEqualTo("true");
    assertThat(written.recordCount()).isEqualTo(2);
  }

  @Test
  void csvKeepsKeysFirstSeenAfterTheSampleAsJsonInFieldsOther() throws Exception {
    List<ExportRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < CsvExport.SAMPLE_ROWS; i++) {
      rows.add(new ExportRow(i + 1, "e" + i, "{\"document\":\"d\",\"query\":\"q\"}", "irrelevant", 1, "majority", 2,
          false, 1, T, T));
    }
    rows.add(new ExportRow(5000, "late", "{\"document\":\"d\",\"meta\":{\"lang\":\"en\",\"tags\":[1,2]},"
        + "\"query\":\"q\"}", "irrelevant", 1, "majority", 2, false, 1, T, T));
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.CSV, 1, rows.iterator(), out, "loc");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    assertThat(records).hasSize(CsvExport.SAMPLE_ROWS + 1);
    assertThat(new ObjectMapper().readTree(records.get(CsvExport.SAMPLE_ROWS).get("fields_other")))
        .isEqualTo(new ObjectMapper().readTree("{\"meta.lang\":\"en\",\"meta.tags\":[1,2]}"));
  }

  @Test
  void csvWritesAMultiChoiceFinalLabelAsAJsonArrayCell() throws Exception {
    var multi = new ExportWriter(1, SplitRatios.DEFAULT, Presets.classification(List.of("cat", "dog"), true), T);
    var out = new ByteArrayOutputStream();
    multi.write(ExportFormat.CSV, 1, List.of(new ExportRow(1, "x", "{\"text\":\"a cat, a dog\"}", "[\"cat\",\"dog\"]", 1,
        "majority", 2, false, 1, T, T)).iterator(), out, "loc");
    CSVRecord record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords().get(0);
    assertThat(new ObjectMapper().readTree(record.get("final_label")))
        .isEqualTo(new ObjectMapper().readTree("[\"cat\",\"dog\"]"));
    assertThat(record.get("fields.text")).isEqualTo("a cat, a dog");
  }

  @Test
  void recordsOfAllTasksCarryStateNullLabelsAndPseudonymousAnnotationsThatFollowTheSchema() throws Exception {
    var annotation = new ExportAnnotation(7, 31, "{\"relevance\":\"irrelevant\"}", "irrelevant", Confidence.LOW,
        "unsure", 1200, 1, "import", "label-studio", T);
    var open = new ExportRow(7, "q7", "{\"document\":\"d\",\"query\":\"q\"}", Optional.empty(), 0, "none", 1,
        false, 1, TaskState.ASSIGNED, T, Optional.empty(), List.of(annotation));
    Pseudonyms pseudonyms = new Pseudonyms("0123456789abcdef0123456789abcdef");
    var all = new ExportWriter(99, SplitRatios.DEFAULT, Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), T,
        new ExportOptions(TaskFilter.ALL, true), pseudonyms);
    var out = new ByteArrayOutputStream();
    all.write(ExportFormat.JSONL, 1, List.of(ROWS.get(0), open).iterator(), out, "loc");
    String jsonl = out.toString(StandardCharsets.UTF_8);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
    JsonNode record = new ObjectMapper().readTree(jsonl.lines().toList().get(1));
    assertThat(record.get("state").asText()).isEqualTo("assigned");
    assertThat(record.get("final_label").isNull()).isTrue();
    JsonNode a = record.get("annotations").get(0);
    assertThat(a.get("annotator").asText()).isEqualTo(pseudonyms.annotator(31)).matches("annotator-[0-9a-f]{10}");
    assertThat(a.get("answers").get("relevance").asText()).isEqualTo("irrelevant");
    assertThat(a.get("latency_ms").asLong()).isEqualTo(1200);
    assertThat(a.get("source").asText()).isEqualTo("import");
    assertThat(a.get("origin").asText()).isEqualTo("label-studio");
    assertThat(jsonl).doesNotContain("31,").doesNotContain(":31");
  }

  @Test
  void theSchemaRefusesANullFinalLabelOutsideAnExportOfAllTasks() throws Exception {
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.JSONL, 1, ROWS.subList(0, 1).iterator(), out, "loc");
    String line = out.toString(StandardCharsets.UTF_8).strip();
    String nullLabel = line.replace("\"highly_relevant\"", "null");
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, "1", nullLabel)).isNotEmpty();
    String stateExportedNull = nullLabel.replace("\"task_id\":1,", "\"task_id\":1,\"state\":\"exported\",");
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, "1", stateExportedNull)).isNotEmpty();
    String unresolvedWithLabel = line.replace("\"task_id\":1,", "\"task_id\":1,\"state\":\"submitted\",");
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, "1", unresolvedWithLabel)).isNotEmpty();
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, "1", line.replace("}\n", "")
        .replaceFirst("}$", ",\"annotations\":[{\"annotator\":\"bob\"}]}"))).isNotEmpty();
  }

  private static final io.collectlite.suggestion.ModelSuggestion LATEST = new io.collectlite.suggestion.ModelSuggestion(
      12, "q1", "openai", "gpt-x", "relevance-v2", 2, "partially_relevant", "{\"relevance\":\"partially_relevant\"}",
      java.util.OptionalDouble.of(-0.25), "some overlap", java.util.OptionalDouble.of(0.8), java.util.OptionalLong.of(340),
      java.util.OptionalDouble.of(0.0021), "generated", "", T.plusSeconds(5));
  private static final io.collectlite.suggestion.ModelSuggestion OLDER_MODEL = new io.collectlite.suggestion.ModelSuggestion(
      4, "q1", "", "bm25", "", 1, "irrelevant", "{\"relevance\":\"irrelevant\"}", java.util.OptionalDouble.empty(), "",
      java.util.OptionalDouble.empty(), java.util.OptionalLong.empty(), java.util.OptionalDouble.empty(), "import",
      "label-studio", T);
  private static final List<ExportRow> SUGGESTED = List.of(ROWS.get(0).withSuggestions(List.of(LATEST, OLDER_MODEL)),
      ROWS.get(1));

  @Test
  void jsonlRecordsCarryTheLatestSuggestionWithEveryFieldAndTheLatestOfEachModel() throws Exception {
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.JSONL, 1, SUGGESTED.iterator(), out, "loc");
    String jsonl = out.toString(StandardCharsets.UTF_8);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
    List<String> lines = jsonl.lines().toList();
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("model_suggestion")).isEqualTo(new ObjectMapper().readTree("""
        {"provider":"openai","model":"gpt-x","prompt_version":"relevance-v2","template_version":2,
         "label":"partially_relevant","answers":{"relevance":"partially_relevant"},"raw_score":-0.25,
         "rationale":"some overlap","confidence":0.8,"latency_ms":340,"cost_estimate":0.0021,"source":"generated",
         "origin":"","created_at":"2026-11-25T10:00:05Z"}"""));
    assertThat(first.get("model_suggestions")).hasSize(2);
    assertThat(first.get("model_suggestions").get(0)).isEqualTo(first.get("model_suggestion"));
    JsonNode older = first.get("model_suggestions").get(1);
    assertThat(older.get("model").asText()).isEqualTo("bm25");
    assertThat(older.get("origin").asText()).isEqualTo("label-studio");
    assertThat(older.get("confidence").isNull()).isTrue();
    assertThat(older.get("latency_ms").isNull()).isTrue();
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.get("model_suggestion").isNull()).isTrue();
    assertThat(second.get("model_suggestions")).isEmpty();
  }

  @Test
  void theSchemaDemandsEverySuggestionFieldAndTheListBesideIt() throws Exception {
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.JSONL, 1, SUGGESTED.subList(0, 1).iterator(), out, "loc");
    String line = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION, line)).isEmpty();
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION,
        line.replace("\"rationale\":\"some overlap\",", ""))).isNotEmpty();
    ObjectNode withoutList = (ObjectNode) new ObjectMapper().readTree(line);
    withoutList.remove("model_suggestions");
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION,
        withoutList.toString())).isNotEmpty();
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, ExportWriter.SCHEMA_VERSION,
        line.replace("\"confidence\":0.8", "\"confidence\":1.8"))).isNotEmpty();
    // schema 1 stays published for the exports written under it
    assertThat(ExportSchemas.jsonSchema(TaskType.DOCUMENT_RELEVANCE, "1")).isPresent();
  }

  @Test
  void csvCarriesTheLatestSuggestionAsDottedColumnsAndEveryModelsLatestAsJson() throws Exception {
    var out = new ByteArrayOutputStream();
    writer.write(ExportFormat.CSV, 1, SUGGESTED.iterator(), out, "loc");
    var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString(StandardCharsets.UTF_8)));
    assertThat(parsed.getHeaderNames()).containsSubsequence("export_version", "model_suggestion.provider",
        "model_suggestion.model", "model_suggestion.prompt_version", "model_suggestion.template_version",
        "model_suggestion.label", "model_suggestion.answers", "model_suggestion.raw_score",
        "model_suggestion.rationale", "model_suggestion.confidence", "model_suggestion.latency_ms",
        "model_suggestion.cost_estimate", "model_suggestion.source", "model_suggestion.origin",
        "model_suggestion.created_at", "model_suggestions", "fields.query");
    List<CSVRecord> records = parsed.getRecords();
    CSVRecord first = records.get(0);
    assertThat(first.get("model_suggestion.provider")).isEqualTo("openai");
    assertThat(first.get("model_suggestion.model")).isEqualTo("gpt-x");
    assertThat(first.get("model_suggestion.prompt_version")).isEqualTo("relevance-v2");
    assertThat(first.get("model_suggestion.template_version")).isEqualTo("2");
    assertThat(first.get("model_suggestion.label")).isEqualTo("partially_relevant");
    assertThat(new ObjectMapper().readTree(first.get("model_suggestion.answers")).get("relevance").asText())
        .isEqualTo("partially_relevant");
    assertThat(first.get("model_suggestion.raw_score")).isEqualTo("-0.25");
    assertThat(first.get("model_suggestion.rationale")).isEqualTo("some overlap");
    assertThat(first.get("model_suggestion.confidence")).isEqualTo("0.8");
    assertThat(first.get("model_suggestion.latency_ms")).isEqualTo("340");
    assertThat(first.get("model_suggestion.cost_estimate")).isEqualTo("0.0021");
    assertThat(first.get("model_suggestion.source")).isEqualTo("generated");
    assertThat(first.get("model_suggestion.created_at")).isEqualTo("2026-11-25T10:00:05Z");
    assertThat(new ObjectMapper().readTree(first.get("model_suggestions"))).extracting(n -> n.get("model").asText())
        .containsExactly("gpt-x", "bm25");
    CSVRecord second = records.get(1);
    assertThat(second.get("model_suggestion.provider")).isEmpty();
    assertThat(second.get("model_suggestion.created_at")).isEmpty();
    assertThat(second.get("model_suggestions")).isEqualTo("[]");
  }

  @Test
  void aNumericSuggestionLabelIsANumberAsTheFinalLabelIs() throws Exception {
    var critique = new ExportWriter(1, SplitRatios.DEFAULT, Presets.schemaFor(TaskType.CRITIQUE), T);
    var s = new io.collectlite.suggestion.ModelSuggestion(1, "c1", "local", "m", "v", 1, "4", "{\"score\":4}",
        java.util.OptionalDouble.empty(), "", java.util.OptionalDouble.empty(), java.util.OptionalLong.of(3),
        java.util.OptionalDouble.empty(), "generated", "", T);
    var out = new ByteArrayOutputStream();
    critique.write(ExportFormat.JSONL, 1, List.of(new ExportRow(1, "c1", "{\"prompt\":\"p\",\"response\":\"r\"}",
        "4", 1, "median", 2, false, 1, T, T).withSuggestions(List.of(s))).iterator(), out, "loc");
    String jsonl = out.toString(StandardCharsets.UTF_8);
    assertThat(ExportSchemaCheck.violations(TaskType.CRITIQUE, ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
    JsonNode record = new ObjectMapper().readTree(jsonl);
    assertThat(record.get("model_suggestion").get("label").isNumber()).isTrue();
    assertThat(record.get("model_suggestion").get("label").asInt()).isEqualTo(4);
  }

  @Test
  void aSuggestionLabelOfAnotherTypeThanTheCurrentFirstQuestionIsWrittenAsTextNotAFailedExport() throws Exception {
    var critique = new ExportWriter(1, SplitRatios.DEFAULT, Presets.schemaFor(TaskType.CRITIQUE), T);
    var old = new io.collectlite.suggestion.ModelSuggestion(1, "c1", "local", "m", "v", 1, "good", "{\"verdict\":\"good\"}",
        java.util.OptionalDouble.empty(), "", java.util.OptionalDouble.empty(), java.util.OptionalLong.of(3),
        java.util.OptionalDouble.empty(), "generated", "", T);
    var out = new ByteArrayOutputStream();
    critique.write(ExportFormat.JSONL, 1, List.of(new ExportRow(1, "c1", "{\"prompt\":\"p\",\"response\":\"r\"}",
        "4", 1, "median", 2, false, 1, T, T).withSuggestions(List.of(old))).iterator(), out, "loc");
    JsonNode record = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(record.get("model_suggestion").get("label").asText()).isEqualTo("good");
  }

  @Test
  void sameRowsGiveTheSameBytes() throws Exception {
    var a = new ByteArrayOutputStream();
    var b = new ByteArrayOutputStream();
    assertThat(writer.write(ExportFormat.JSONL, 1, ROWS.iterator(), a, "x").sha256())
        .isEqualTo(writer.write(ExportFormat.JSONL, 1, ROWS.iterator(), b, "x").sha256());
  }
}
