package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.error.ConflictException;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.SplitRatios;
import io.collectlite.metrics.ProjectMetrics;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Contract: consensus, review, metrics and exports. */
public abstract class ReviewAndExportContract extends QueueContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Three tasks: two settled by agreement (ex-0, ex-2), one contested (ex-1) and left in review. */
  private StoreFixture labelled() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(3);
    return f;
  }

  @Test
  void disagreementSendsTheTaskToReviewWithEveryAnnotationAndTheProposal() {
    StoreFixture f = labelled();
    List<ReviewItem> queue = app.reviewQueue(f.reviewer, f.project.id());
    assertThat(queue).hasSize(1);
    ReviewItem item = queue.get(0);
    assertThat(item.task().exampleId()).isEqualTo("ex-1");
    assertThat(item.task().state()).isEqualTo(TaskState.NEEDS_REVIEW);
    assertThat(item.annotations()).extracting(a -> a.label()).containsExactly("highly_relevant", "irrelevant");
    assertThat(item.consensus().reasons()).containsExactly(ReviewReason.DISAGREEMENT);
    assertThat(item.consensus().annotations()).isEqualTo(2);
    assertThat(taskActions(item.task().id())).endsWith("assigned->submitted", "submitted->needs_review");
  }

  @Test
  void aReviewerDecisionResolvesTheTaskAndOverridesConsensus() {
    StoreFixture f = labelled();
    long contested = app.reviewQueue(f.reviewer, f.project.id()).get(0).task().id();
    app.resolve(f.reviewer, contested, "partially_relevant", "document answers half the query");
    assertThat(store.tasks().find(contested).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(app.reviewQueue(f.reviewer, f.project.id())).isEmpty();
    assertThat(taskActions(contested)).endsWith("submitted->needs_review", "needs_review->resolved");
    assertThat(store.audit().forEntity("task", contested)).last()
        .satisfies(e -> assertThat(e.actorId()).contains(f.reviewer.id()));
    assertThat(store.tasks().finalLabelCounts(f.project.id()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("highly_relevant", 2L, "partially_relevant", 1L));
    assertThatThrownBy(() -> app.resolve(f.reviewer, contested, "irrelevant", ""))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aReviewerRevisesTheirDecisionUntilTheTaskIsExportedAndBothDecisionsStayOnRecord() throws Exception {
    StoreFixture f = labelled();
    long contested = app.reviewQueue(f.reviewer, f.project.id()).get(0).task().id();
    long agreed = store.tasks().findByExample(f.project.id(), "ex-0").orElseThrow().id();
    app.resolve(f.reviewer, contested, "partially_relevant", "document answers half the query");
    clock.advance(java.time.Duration.ofMinutes(2));
    app.reviseReview(f.owner, contested, com.fasterxml.jackson.databind.node.TextNode.valueOf("irrelevant"),
        "on a second read it does not answer it");
    assertThat(store.tasks().find(contested).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("highly_relevant", 2L, "irrelevant", 1L));
    assertThat(store.audit().forEntity("task", contested)).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo("review revised");
      assertThat(e.detail()).isEqualTo("review partially_relevant -> irrelevant");
      assertThat(e.actorId()).contains(f.owner.id());
    });
    assertThatThrownBy(() -> app.reviseReview(f.reviewer, agreed,
        com.fasterxml.jackson.databind.node.TextNode.valueOf("irrelevant"), ""))
        .isInstanceOf(ConflictException.class).hasMessageContaining("without a reviewer's decision");
    assertThatThrownBy(() -> app.reviseReview(f.annotator(0), contested,
        com.fasterxml.jackson.databind.node.TextNode.valueOf("irrelevant"), ""))
        .isInstanceOf(io.collectlite.error.ForbiddenException.class);

    var export = app.export(f.owner, f.project.id(), io.collectlite.export.ExportFormat.JSONL);
    String records = new String(read(f, export), StandardCharsets.UTF_8);
    assertThat(records).contains("\"final_label\":\"irrelevant\"").doesNotContain("partially_relevant");
    assertThatThrownBy(() -> app.reviseReview(f.reviewer, contested,
        com.fasterxml.jackson.databind.node.TextNode.valueOf("highly_relevant"), ""))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is exported");
  }

  @Test
  void metricsCountExamplesAnnotationsStatesAndFinalLabels() {
    StoreFixture f = labelled();
    ProjectMetrics m = app.metrics(f.owner, f.project.id());
    assertThat(m.examples()).isEqualTo(3);
    assertThat(m.annotations()).isEqualTo(6);
    assertThat(m.tasksByState()).containsEntry(TaskState.RESOLVED, 2L).containsEntry(TaskState.NEEDS_REVIEW, 1L);
    assertThat(m.finalLabels()).containsExactlyEntriesOf(Map.of("highly_relevant", 2L));
    assertThat(m.reviewBacklog()).isEqualTo(1);
    assertThat(m.exportReadiness()).isEqualTo(2.0 / 3);
    assertThat(store.tasks().annotationCount(f.project.id())).isEqualTo(6);
  }

  @Test
  void exportWritesJsonlThatParsesBackWithStableSplitsAndTheSha256OfItsBytes() throws IOException {
    StoreFixture f = labelled();
    clock.advance(java.time.Duration.ofNanos(123_456_789));
    ExportInfo v1 = app.export(f.owner, f.project.id(), ExportFormat.JSONL);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.recordCount()).isEqualTo(2);
    assertThat(v1.templateVersions()).containsExactly(1);
    assertThat(v1.options()).isEqualTo(ExportOptions.DEFAULT);
    byte[] bytes = read(f, v1);
    assertThat(v1.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bytes)));
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      JsonNode record = JSON.readTree(line);
      records.put(record.get("example_id").asText(), record);
    }
    assertThat(records.keySet()).containsExactly("ex-0", "ex-2");
    JsonNode first = records.get("ex-0");
    assertThat(first.get("final_label").asText()).isEqualTo("highly_relevant");
    assertThat(first.get("num_annotations").asInt()).isEqualTo(2);
    assertThat(first.get("reviewer_override").asBoolean()).isFalse();
    assertThat(first.get("fields").get("query").asText()).isEqualTo("query 0");
    assertThat(first.get("exported_at").asText()).isEqualTo(v1.createdAt().toString());
    for (var e : records.entrySet()) {
      assertThat(e.getValue().get("split").asText())
          .isEqualTo(SplitRatios.DEFAULT.splitOf(StoreFixture.SEED, e.getKey()).wire());
    }
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.EXPORTED, 2L);
    long exportedTask = store.tasks().find(first.get("task_id").asLong()).orElseThrow().id();
    assertThat(taskActions(exportedTask)).last().isEqualTo("resolved->exported");

    long contested = app.reviewQueue(f.reviewer, f.project.id()).get(0).task().id();
    app.resolve(f.reviewer, contested, "partially_relevant", "");
    ExportInfo v2 = app.export(f.owner, f.project.id(), ExportFormat.JSONL);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.recordCount()).isEqualTo(3);
    String v2Text = new String(read(f, v2), StandardCharsets.UTF_8);
    assertThat(io.collectlite.export.ExportSchemaCheck.violations(io.collectlite.project.TaskType.DOCUMENT_RELEVANCE,
        v2.schemaVersion(), v2Text)).isEmpty();
    for (String line : v2Text.split("\n")) {
      JsonNode record = JSON.readTree(line);
      JsonNode before = records.get(record.get("example_id").asText());
      if (before != null) assertThat(record.get("split")).isEqualTo(before.get("split"));
      if (record.get("example_id").asText().equals("ex-1")) {
        assertThat(record.get("reviewer_override").asBoolean()).isTrue();
        assertThat(record.get("final_label").asText()).isEqualTo("partially_relevant");
      }
    }
    assertThat(app.exports(f.owner, f.project.id())).extracting(ExportInfo::version).containsExactly(2, 1);
    var diff = app.diffExports(f.owner, v1.id(), v2.id());
    assertThat(diff.added()).containsExactly("ex-1");
    assertThat(diff.removedCount()).isZero();
    assertThat(diff.changedCount()).isZero();
    assertThat(diff.unchanged()).isEqualTo(2);
    assertThat(store.exports().find(v1.id())).contains(v1);
  }

  @Test
  void exportWritesCsvThatParsesBack() throws IOException {
    StoreFixture f = labelled();
    ExportInfo info = app.export(f.owner, f.project.id(), ExportFormat.CSV);
    byte[] bytes = read(f, info);
    assertThat(info.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bytes)));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
    assertThat(rows).extracting(r -> r.get("example_id")).containsExactly("ex-0", "ex-2");
    assertThat(rows).extracting(r -> r.get("fields.document")).containsExactly("document 0", "document 2");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("final_label")).isEqualTo("highly_relevant"));
  }

  @Test
  void anExportWhoseBodyFailsRecordsNoVersionAndMovesNoTask() {
    StoreFixture f = labelled();
    assertThatThrownBy(() -> store.exports().create(f.project.id(), ExportFormat.JSONL, "1", f.owner.id(),
        clock.instant(), ExportOptions.DEFAULT, (version, rows) -> {
          rows.next();
          throw new IOException("disk full");
        })).hasRootCauseMessage("disk full");
    assertThat(store.exports().list(f.project.id())).isEmpty();
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.RESOLVED, 2L)
        .doesNotContainKey(TaskState.EXPORTED);
    assertThat(app.export(f.owner, f.project.id(), ExportFormat.JSONL).version()).isEqualTo(1);
  }

  private byte[] read(StoreFixture f, ExportInfo info) throws IOException {
    try (InputStream in = app.openExport(f.owner, info.id())) {
      return in.readAllBytes();
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
