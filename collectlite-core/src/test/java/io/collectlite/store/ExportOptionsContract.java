package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.export.Pseudonyms;
import io.collectlite.export.SplitRatios;
import io.collectlite.export.TaskFilter;
import io.collectlite.project.NewProject;
import io.collectlite.project.TaskType;
import io.collectlite.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Contract: per-project split ratios and the export options (task filter, raw annotations). */
public abstract class ExportOptionsContract extends ExportSuggestionContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SplitRatios HALVES = new SplitRatios(0.5, 0.25, 0.25);

  @Test
  void aProjectKeepsTheSplitRatiosItWasCreatedWith() {
    StoreFixture own = new StoreFixture(app, 1, NewProject.relevance("halves", "").withSplitRatios(HALVES));
    assertThat(own.project.splitRatios()).isEqualTo(HALVES);
    assertThat(store.projects().find(own.project.id()).orElseThrow().splitRatios()).isEqualTo(HALVES);
    var plain = app.createProject(own.owner, NewProject.relevance("plain", ""));
    assertThat(store.projects().find(plain.id()).orElseThrow().splitRatios()).isEqualTo(SplitRatios.DEFAULT);
  }

  @Test
  void everyExportVersionKeepsEachSharedExampleInTheSplitOfTheProjectsRatios() throws IOException {
    StoreFixture f = new StoreFixture(app, 2,
        NewProject.relevance("halves", "").withSeed(StoreFixture.SEED).withSplitRatios(HALVES));
    f.tasks(8);
    agree(f, 4);
    Map<String, String> v1 = splits(f, app.export(f.owner, f.project.id(), ExportFormat.JSONL));
    agree(f, 4);
    Map<String, String> v2 = splits(f, app.export(f.owner, f.project.id(), ExportFormat.JSONL));
    assertThat(v1).hasSize(4);
    assertThat(v2).hasSize(8).containsAllEntriesOf(v1);
    v2.forEach((id, split) -> assertThat(split).isEqualTo(HALVES.splitOf(StoreFixture.SEED, id).wire()));
  }

  @Test
  void anExportOfAllTasksHoldsUnresolvedOnesWithTheirStateAndPseudonymousAnnotations() throws IOException {
    StoreFixture f = mixed();
    ExportOptions options = new ExportOptions(TaskFilter.ALL, true);
    ExportInfo info = app.export(f.owner, f.project.id(), ExportFormat.JSONL, options);
    assertThat(info.options()).isEqualTo(options);
    assertThat(store.exports().find(info.id()).orElseThrow().options()).isEqualTo(options);
    assertThat(info.recordCount()).isEqualTo(4);
    String text = read(f, info);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, info.schemaVersion(), text)).isEmpty();
    Map<String, JsonNode> records = byExampleId(text);
    assertThat(records.get("ex-0").get("state").asText()).isEqualTo("exported");
    assertThat(records.get("ex-0").get("final_label").asText()).isEqualTo("highly_relevant");
    JsonNode contested = records.get("ex-1");
    assertThat(contested.get("state").asText()).isEqualTo("needs_review");
    assertThat(contested.get("final_label").isNull()).isTrue();
    assertThat(contested.get("resolved_at").isNull()).isTrue();
    assertThat(contested.get("annotations")).extracting(a -> a.get("label").asText())
        .containsExactly("highly_relevant", "irrelevant");
    Pseudonyms pseudonyms = new Pseudonyms(store.projects().pseudonymKey(f.project.id(), Pseudonyms.newKey()));
    assertThat(contested.get("annotations")).extracting(a -> a.get("annotator").asText()).containsExactly(
        pseudonyms.annotator(f.annotator(0).id()), pseudonyms.annotator(f.annotator(1).id()));
    assertThat(contested.get("annotations").get(0).get("answers").get("relevance").asText())
        .isEqualTo("highly_relevant");
    assertThat(records.get("ex-3").get("state").asText()).isEqualTo("created");
    assertThat(records.get("ex-3").get("annotations")).isEmpty();
    assertNoAnnotatorNames(f, text);
  }

  @Test
  void anExportOfResolvedTasksWithAnnotationsConformsToTheSchemaAndLeavesOutOtherTasks() throws IOException {
    StoreFixture f = mixed();
    ExportInfo info = app.export(f.owner, f.project.id(), ExportFormat.JSONL,
        new ExportOptions(TaskFilter.RESOLVED, true));
    String text = read(f, info);
    assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, info.schemaVersion(), text)).isEmpty();
    Map<String, JsonNode> records = byExampleId(text);
    assertThat(records.keySet()).containsExactly("ex-0", "ex-2");
    assertThat(records.values()).allSatisfy(r -> {
      assertThat(r.has("state")).isFalse();
      assertThat(r.get("annotations")).hasSize(2);
    });
    assertNoAnnotatorNames(f, text);
  }

  @Test
  void aCsvExportOfAllTasksHasStateAndAnAnnotationsJsonCell() throws IOException {
    StoreFixture f = mixed();
    ExportInfo info = app.export(f.owner, f.project.id(), ExportFormat.CSV, new ExportOptions(TaskFilter.ALL, true));
    String text = read(f, info);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text)).getRecords();
    assertThat(rows).extracting(r -> r.get("example_id")).containsExactly("ex-0", "ex-1", "ex-2", "ex-3");
    assertThat(rows).extracting(r -> r.get("state")).containsExactly("exported", "needs_review", "exported", "created");
    assertThat(rows).extracting(r -> r.get("final_label"))
        .containsExactly("highly_relevant", "", "highly_relevant", "");
    assertThat(rows).extracting(r -> r.get("fields.query")).containsExactly("query 0", "query 1", "query 2", "query 3");
    assertThat(JSON.readTree(rows.get(1).get("annotations"))).hasSize(2);
    assertNoAnnotatorNames(f, text);
  }

  /** Four tasks: ex-0 and ex-2 agreed, ex-1 contested (in review), ex-3 never claimed. */
  private StoreFixture mixed() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(4);
    return f;
  }

  /** The next {@code n} tasks labelled alike by both annotators. */
  private static void agree(StoreFixture f, int n) {
    for (int i = 0; i < n; i++) {
      long task = f.claim(0).taskId();
      f.claim(1);
      f.label(0, task, "partially_relevant");
      f.label(1, task, "partially_relevant");
    }
  }

  private Map<String, String> splits(StoreFixture f, ExportInfo info) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    byExampleId(read(f, info)).forEach((id, r) -> out.put(id, r.get("split").asText()));
    return out;
  }

  private static Map<String, JsonNode> byExampleId(String jsonl) throws IOException {
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : jsonl.split("\n")) {
      JsonNode record = JSON.readTree(line);
      records.put(record.get("example_id").asText(), record);
    }
    return records;
  }

  private static void assertNoAnnotatorNames(StoreFixture f, String text) {
    for (User annotator : f.annotators) {
      // quoted: a pseudonym such as annotator-1f0e... may begin with a user's name
      assertThat(text).doesNotContain("\"" + annotator.name() + "\"").doesNotContain(annotator.name() + ",");
    }
  }

  private String read(StoreFixture f, ExportInfo info) throws IOException {
    try (InputStream in = app.openExport(f.owner, info.id())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
