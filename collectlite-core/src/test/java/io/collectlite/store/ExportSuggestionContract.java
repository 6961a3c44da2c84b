package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.CollectLite;
import io.collectlite.export.ExportDiff;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.export.ExportWriter;
import io.collectlite.export.TaskFilter;
import io.collectlite.ingest.UploadMode;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.suggestion.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Contract: every export carries each example's model suggestions as the store holds them — the latest
 * overall in {@code model_suggestion}, the latest of each provider and model in {@code model_suggestions}
 * — in JSONL and CSV, and the export diff reports a changed suggestion.
 */
public abstract class ExportSuggestionContract extends ImportContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AT = "2024-02-03T04:05:06Z";

  private CollectLite withOverlapSuggester() {
    return CollectLite.builder().store(store).clock(clock).random(new Random(7)).exportDirectory(exportDir)
        .lease(StoreFixture.LEASE).backgroundExecutor(Runnable::run)
        .suggestionRetries(RetryPolicy.DEFAULT.withSleeper(d -> {})).suggester(new WordOverlapSuggester("v1"))
        .build();
  }

  /**
   * Five resolved tasks: ex-0 to ex-3 suggested by the word-overlap suggester (generated: every field
   * set), ex-0 then also by openai gpt-x (twice, the second newer) and gpt-y (imported), ex-4 by no model.
   */
  private StoreFixture suggested(CollectLite lite) {
    StoreFixture f = new StoreFixture(lite, 2, 2);
    f.tasks(4);
    lite.suggest(f.owner, f.project.id(), "overlap");
    f.upload("more.jsonl", StoreFixture.rows(4, 5));
    lite.generateTasks(f.owner, f.project.id());
    importPredictions(lite, f, prediction("ex-0", "gpt-x", "irrelevant", "first try"),
        prediction("ex-0", "gpt-y", "partially_relevant", "the other model"),
        prediction("ex-0", "gpt-x", "highly_relevant", "second try"));
    for (int i = 0; i < 5; i++) {
      long task = f.claim(0).taskId();
      f.claim(1);
      f.label(0, task, "partially_relevant");
      f.label(1, task, "partially_relevant");
    }
    return f;
  }

  private static String prediction(String example, String model, String label, String rationale) {
    return "{\"example_id\":\"" + example + "\",\"provider\":\"openai\",\"model\":\"" + model + "\","
        + "\"prompt_version\":\"p7\",\"label\":\"" + label + "\",\"confidence\":0.625,\"score\":-2.5,"
        + "\"rationale\":\"" + rationale + "\",\"created_at\":\"" + AT + "\",\"source\":\"label-studio\"}";
  }

  private static void importPredictions(CollectLite lite, StoreFixture f, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    lite.importLabels(f.owner, f.project.id(), "predictions.jsonl", new ByteArrayInputStream(bytes), UploadMode.STRICT);
  }

  /** What the store holds for the example: its latest suggestion of each provider and model, newest first. */
  private List<ModelSuggestion> latestPerModel(StoreFixture f, String exampleId) {
    Map<String, ModelSuggestion> latest = new LinkedHashMap<>();
    for (ModelSuggestion s : store.suggestions().forExample(f.project.id(), exampleId)) {
      latest.merge(s.provider() + "\n" + s.model(), s, (a, b) -> a.id() > b.id() ? a : b);
    }
    List<ModelSuggestion> out = new ArrayList<>(latest.values());
    out.sort(Comparator.comparingLong(ModelSuggestion::id).reversed());
    return out;
  }

  /** A stored suggestion as the export must write it, field by field. */
  private static JsonNode expected(ModelSuggestion s) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("provider", s.provider());
    n.put("model", s.model());
    n.put("prompt_version", s.promptVersion());
    n.put("template_version", s.templateVersion());
    n.put("label", s.label());
    n.set("answers", JSON.readTree(s.answers()));
    n.put("raw_score", s.rawScore().isPresent() ? s.rawScore().getAsDouble() : null);
    n.put("rationale", s.rationale());
    n.put("confidence", s.confidence().isPresent() ? s.confidence().getAsDouble() : null);
    n.put("latency_ms", s.latencyMillis().isPresent() ? s.latencyMillis().getAsLong() : null);
    n.put("cost_estimate", s.costEstimate().isPresent() ? s.costEstimate().getAsDouble() : null);
    n.put("source", s.source());
    n.put("origin", s.origin());
    n.put("created_at", s.createdAt().toString());
    return JSON.readTree(n.toString());
  }

  @Test
  void aJsonlExportCarriesEachExamplesLatestSuggestionsAsStoredAndNullForAnExampleWithout() throws IOException {
    CollectLite lite = withOverlapSuggester();
    StoreFixture f = suggested(lite);
    ExportInfo info = lite.export(f.owner, f.project.id(), ExportFormat.JSONL);
    assertThat(info.schemaVersion()).isEqualTo(ExportWriter.SCHEMA_VERSION);
    String text = read(lite, f, info);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, info.schemaVersion(), text)).isEmpty();
    Map<String, JsonNode> records = byExampleId(text);
    assertThat(records).hasSize(5);
    for (String id : List.of("ex-0", "ex-1", "ex-2", "ex-3")) {
      List<ModelSuggestion> stored = latestPerModel(f, id);
      JsonNode record = records.get(id);
      assertThat(record.get("model_suggestion").isObject()).as(id + " has a suggestion, exported as null").isTrue();
      assertThat(record.get("model_suggestion")).as(id).isEqualTo(expected(stored.get(0)));
      List<JsonNode> all = new ArrayList<>();
      for (ModelSuggestion s : stored) all.add(expected(s));
      assertThat(record.get("model_suggestions")).as(id).containsExactlyElementsOf(all);
    }
    // generated suggestions hold every value: none may be exported as null
    records.get("ex-1").get("model_suggestion").fields()
        .forEachRemaining(e -> assertThat(e.getValue().isNull()).as(e.getKey()).isFalse());
    JsonNode ex0 = records.get("ex-0");
    assertThat(ex0.get("model_suggestion").get("rationale").asText()).isEqualTo("second try");
    assertThat(ex0.get("model_suggestion").get("label").asText()).isEqualTo("highly_relevant");
    assertThat(ex0.get("model_suggestions")).extracting(s -> s.get("provider").asText() + "/" + s.get("model").asText())
        .containsExactly("openai/gpt-x", "openai/gpt-y", "overlap/word-overlap-1");
    assertThat(records.get("ex-4").get("model_suggestion").isNull()).isTrue();
    assertThat(records.get("ex-4").get("model_suggestions")).isEmpty();
  }

  @Test
  void aCsvExportHasTheLatestSuggestionInDottedColumns() throws IOException {
    CollectLite lite = withOverlapSuggester();
    StoreFixture f = suggested(lite);
    ExportInfo info = lite.export(f.owner, f.project.id(), ExportFormat.CSV, new ExportOptions(TaskFilter.ALL, false));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(read(lite, f, info))).getRecords();
    Map<String, CSVRecord> byId = new LinkedHashMap<>();
    for (CSVRecord r : rows) byId.put(r.get("example_id"), r);
    ModelSuggestion overlap = latestPerModel(f, "ex-1").get(0);
    CSVRecord ex1 = byId.get("ex-1");
    assertThat(ex1.get("model_suggestion.provider")).isEqualTo(overlap.provider());
    assertThat(ex1.get("model_suggestion.model")).isEqualTo(overlap.model());
    assertThat(ex1.get("model_suggestion.prompt_version")).isEqualTo(overlap.promptVersion());
    assertThat(ex1.get("model_suggestion.template_version")).isEqualTo(String.valueOf(overlap.templateVersion()));
    assertThat(ex1.get("model_suggestion.label")).isEqualTo(overlap.label());
    assertThat(JSON.readTree(ex1.get("model_suggestion.answers"))).isEqualTo(JSON.readTree(overlap.answers()));
    assertThat(Double.parseDouble(ex1.get("model_suggestion.raw_score"))).isEqualTo(overlap.rawScore().getAsDouble());
    assertThat(ex1.get("model_suggestion.rationale")).isEqualTo(overlap.rationale());
    assertThat(Double.parseDouble(ex1.get("model_suggestion.confidence")))
        .isEqualTo(overlap.confidence().getAsDouble());
    assertThat(Long.parseLong(ex1.get("model_suggestion.latency_ms"))).isEqualTo(overlap.latencyMillis().getAsLong());
    assertThat(Double.parseDouble(ex1.get("model_suggestion.cost_estimate")))
        .isEqualTo(overlap.costEstimate().getAsDouble());
    assertThat(ex1.get("model_suggestion.source")).isEqualTo("generated");
    assertThat(ex1.get("model_suggestion.created_at")).isEqualTo(overlap.createdAt().toString());
    CSVRecord ex0 = byId.get("ex-0");
    assertThat(ex0.get("model_suggestion.model")).isEqualTo("gpt-x");
    assertThat(ex0.get("model_suggestion.origin")).isEqualTo("label-studio");
    assertThat(ex0.get("model_suggestion.created_at")).isEqualTo(AT);
    assertThat(JSON.readTree(ex0.get("model_suggestions"))).hasSize(3);
    assertThat(byId.get("ex-4").get("model_suggestion.model")).isEmpty();
    assertThat(byId.get("ex-4").get("model_suggestions")).isEqualTo("[]");
  }

  @Test
  void theExportDiffReportsAChangedLatestSuggestionAndNoneAcrossFormatsOfTheSameData() throws IOException {
    CollectLite lite = withOverlapSuggester();
    StoreFixture f = suggested(lite);
    ExportOptions all = new ExportOptions(TaskFilter.ALL, false);
    ExportInfo v1 = lite.export(f.owner, f.project.id(), ExportFormat.JSONL, all);
    importPredictions(lite, f, prediction("ex-1", "gpt-z", "irrelevant", "a newer model"));
    ExportInfo v2 = lite.export(f.owner, f.project.id(), ExportFormat.JSONL, all);
    ExportDiff diff = lite.diffExports(f.owner, v1.id(), v2.id());
    assertThat(diff.suggestionChangedCount()).isEqualTo(1);
    assertThat(diff.suggestionChanged()).singleElement().satisfies(c -> {
      assertThat(c.exampleId()).isEqualTo("ex-1");
      assertThat(c.fromSuggestion()).startsWith("overlap/word-overlap-1 (v1): partially_relevant at ");
      assertThat(c.toSuggestion()).isEqualTo("openai/gpt-z (p7): irrelevant at " + AT);
    });
    assertThat(diff.changedCount()).isZero();
    assertThat(diff.unchanged()).isEqualTo(4);
    ExportInfo v3 = lite.export(f.owner, f.project.id(), ExportFormat.CSV, all);
    ExportDiff sameData = lite.diffExports(f.owner, v2.id(), v3.id());
    assertThat(sameData.suggestionChangedCount()).as(sameData.suggestionChanged().toString()).isZero();
    assertThat(sameData.unchanged()).isEqualTo(5);
  }

  private static String read(CollectLite lite, StoreFixture f, ExportInfo info) throws IOException {
    try (InputStream in = lite.openExport(f.owner, info.id())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, JsonNode> byExampleId(String jsonl) throws IOException {
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : jsonl.split("\n")) {
      JsonNode record = JSON.readTree(line);
      records.put(record.get("example_id").asText(), record);
    }
    return records;
  }
}
