package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.ForbiddenException;
import io.collectlite.export.ExportFormat;
import io.collectlite.importing.ImportReport;
import io.collectlite.ingest.UploadMode;
import io.collectlite.metrics.AgreementSummary;
import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.Dashboard;
import io.collectlite.metrics.DailyActivity;
import io.collectlite.metrics.LabelAgreement;
import io.collectlite.metrics.ModelDisagreement;
import io.collectlite.metrics.ReviewBacklog;
import io.collectlite.project.NewProject;
import io.collectlite.project.TaskType;
import io.collectlite.task.Claim;
import io.collectlite.template.Presets;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract: the dashboard's aggregates, on a scenario small enough to count by hand.
 *
 * <p>Twelve relevance tasks (overlap 2). Annotators A and B label ex-0 to ex-8 in the workbench; A labels ex-9
 * and B's label for it is imported; A's label for ex-11 is imported (alone on its task) and C labels ex-10
 * (alone too). Whether each label is {@code highly_relevant} follows Krippendorff's (2011) binary example of
 * section A (A: 0 1 0 0 0 0 0 0 1 0, B: 1 1 1 0 0 1 0 0 0 0), whose alpha is published as 0.095. A reviewer
 * settles ex-0 as highly relevant on the third day.
 */
public abstract class DashboardContract extends StoreContractSetup {
  private static final String I = "irrelevant";
  private static final String P = "partially_relevant";
  private static final String H = "highly_relevant";
  /** Labels of ex-0 … ex-9, A's then B's (B's ex-9 label is imported). */
  private static final List<String> A = List.of(I, H, P, I, P, I, I, P, H, I);
  private static final List<String> B = List.of(H, H, H, I, P, H, I, I, P, I);
  /** Workbench latencies in task order: A's median 5,500 and mean 14,500; B's median 2,000, mean 44,400 / 9. */
  private static final List<Long> A_MS = List.of(9_000L, 100_000L, 1_000L, 5_000L, 3_000L, 6_000L, 2_000L, 8_000L,
      4_000L, 7_000L);
  private static final List<Long> B_MS = List.of(2_800L, 400L, 30_000L, 1_200L, 2_000L, 800L, 3_200L, 1_600L, 2_400L);
  private static final String IMPORTED_AT = "2025-02-27T08:00:00Z";
  private static final double EXACT = 1e-9;

  @Test
  void anEmptyProjectHasAnEmptyDashboard() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    Dashboard d = app.dashboard(f.owner, f.project.id());
    assertThat(d.activity().days()).isEmpty();
    assertThat(d.annotators()).isEmpty();
    assertThat(d.agreement()).isEmpty();
    assertThat(d.labelAgreement()).isEmpty();
    assertThat(d.labels().finalLabels()).isEmpty();
    assertThat(d.labels().annotations()).isEmpty();
    assertThat(d.modelDisagreement()).isEqualTo(ModelDisagreement.NONE);
    assertThat(d.modelDisagreement().rate()).isEmpty();
    assertThat(d.reviewBacklog()).isEqualTo(new ReviewBacklog(0, Map.of()));
    assertThat(d.exportReadiness().tasks()).isZero();
    assertThat(d.exportReadiness().share()).isZero();
  }

  @Test
  void onlyOwnersAndReviewersReadTheDashboard() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    assertThat(app.dashboard(f.reviewer, f.project.id()).exportReadiness().tasks()).isZero();
    assertThatThrownBy(() -> app.dashboard(f.annotator(0), f.project.id())).isInstanceOf(ForbiddenException.class);
    User stranger = app.createUser("stranger").user();
    assertThatThrownBy(() -> app.dashboard(stranger, f.project.id())).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void dailyActivityCountsCreatedCompletedAndAnnotatedByUtcDay() {
    StoreFixture f = scenario();
    assertThat(app.dashboard(f.owner, f.project.id()).activity().days()).containsExactly(
        new DailyActivity(LocalDate.of(2025, 2, 27), 0, 0, 2),
        new DailyActivity(LocalDate.of(2025, 3, 1), 12, 3, 10),
        new DailyActivity(LocalDate.of(2025, 3, 2), 0, 2, 10),
        new DailyActivity(LocalDate.of(2025, 3, 3), 0, 1, 0));
  }

  @Test
  void annotatorsShowThroughputLatencyAndAgreementWithTheFinalLabel() {
    StoreFixture f = scenario();
    List<AnnotatorStats> rows = app.dashboard(f.owner, f.project.id()).annotators();
    assertThat(rows).extracting(AnnotatorStats::name).containsExactly("annotator-1", "annotator-2", "annotator-3");
    AnnotatorStats a = rows.get(0);
    assertThat(a.annotatorId()).isEqualTo(f.annotator(0).id());
    assertThat(List.of(a.annotations(), a.timedAnnotations(), a.comparedWithFinal(), a.agreeingWithFinal()))
        .containsExactly(11L, 10L, 6L, 5L);
    assertThat(a.medianLatencyMillis().orElseThrow()).isCloseTo(5_500, within(EXACT));
    assertThat(a.meanLatencyMillis().orElseThrow()).isCloseTo(14_500, within(EXACT));
    assertThat(a.agreementWithFinal().orElseThrow()).isCloseTo(5.0 / 6, within(EXACT));
    AnnotatorStats b = rows.get(1);
    assertThat(List.of(b.annotations(), b.timedAnnotations(), b.comparedWithFinal(), b.agreeingWithFinal()))
        .containsExactly(10L, 9L, 6L, 6L);
    assertThat(b.medianLatencyMillis().orElseThrow()).isCloseTo(2_000, within(EXACT));
    assertThat(b.meanLatencyMillis().orElseThrow()).isCloseTo(44_400.0 / 9, within(1e-6));
    AnnotatorStats c = rows.get(2);
    assertThat(List.of(c.annotations(), c.timedAnnotations(), c.comparedWithFinal())).containsExactly(1L, 1L, 0L);
    assertThat(c.medianLatencyMillis().orElseThrow()).isCloseTo(700, within(EXACT));
    assertThat(c.agreementWithFinal()).isEmpty();
  }

  /**
   * Coincidences of the ten pairable tasks, by hand (I, P, H): o_II 6, o_IP 1, o_IH 2, o_PP 2, o_PH 2,
   * o_HH 2; n_I 9, n_P 5, n_H 6, n 20. Binary alpha = 1 - (n - 1) o_c,other / (n_c (n - n_c)).
   */
  @Test
  void agreementOverallAtTheOrdinalLevelAndPerLabel() {
    StoreFixture f = scenario();
    Dashboard d = app.dashboard(f.owner, f.project.id());
    AgreementSummary overall = d.agreement().orElseThrow();
    assertThat(overall.level()).isEqualTo("ordinal");
    assertThat(overall.pairableValues()).isEqualTo(20);
    // ordinal deltas: (n_I + n_P / 2 ...)²: I–P 7² = 49, P–H 5.5² = 30.25, I–H 12.5² = 156.25;
    // sum o·δ = 2 (49 + 2·156.25 + 2·30.25) = 844; sum n·n·δ = 2 (45·49 + 54·156.25 + 30·30.25) = 23,100
    assertThat(overall.alpha()).isCloseTo(1 - 19.0 * 844 / 23_100, within(EXACT));
    assertThat(d.labelAgreement()).extracting(LabelAgreement::label).containsExactly(H, I, P);
    assertThat(d.labelAgreement()).extracting(LabelAgreement::pairableValues).containsExactly(6L, 9L, 5L);
    // highly relevant: Krippendorff's published binary example, 1 - 19·4 / (6·14) = 0.095
    assertThat(alpha(d, H)).isCloseTo(1 - 19.0 * 4 / (6 * 14), within(EXACT)).isCloseTo(0.095, within(0.0005));
    assertThat(alpha(d, I)).isCloseTo(1 - 19.0 * 3 / (9 * 11), within(EXACT));
    assertThat(alpha(d, P)).isCloseTo(1 - 19.0 * 3 / (5 * 15), within(EXACT));
    assertThat(app.metrics(f.owner, f.project.id()).agreement()).isEqualTo(d.agreement());
  }

  @Test
  void labelDistributionsOfFinalLabelsAndOfRawAnnotations() {
    StoreFixture f = scenario();
    Dashboard d = app.dashboard(f.owner, f.project.id());
    assertThat(d.labels().finalLabels()).isEqualTo(Map.of(H, 2L, I, 3L, P, 1L));
    assertThat(d.labels().annotations()).isEqualTo(Map.of(H, 7L, I, 9L, P, 6L));
  }

  @Test
  void modelDisagreementComparesEachResolvedTasksLatestSuggestion() {
    StoreFixture f = scenario();
    ModelDisagreement m = app.dashboard(f.owner, f.project.id()).modelDisagreement();
    // ex-0 (reviewed to H) suggested I, ex-1 (H) first I then H, ex-3 (I) P; ex-2 is still in review
    assertThat(m).isEqualTo(new ModelDisagreement(3, 2));
    assertThat(m.rate().orElseThrow()).isCloseTo(2.0 / 3, within(EXACT));
  }

  @Test
  void reviewBacklogCountsWaitingTasksByReasonAndReadinessTheResolvedShare() {
    StoreFixture f = scenario();
    Dashboard d = app.dashboard(f.owner, f.project.id());
    assertThat(d.reviewBacklog()).isEqualTo(new ReviewBacklog(4, Map.of("disagreement", 4L)));
    assertThat(d.exportReadiness().tasks()).isEqualTo(12);
    assertThat(d.exportReadiness().resolved()).isEqualTo(6);
    assertThat(d.exportReadiness().share()).isEqualTo(0.5);
  }

  @Test
  void exportedTasksKeepCountingAsCompletedAndResolved() {
    StoreFixture f = scenario();
    Dashboard before = app.dashboard(f.owner, f.project.id());
    app.export(f.owner, f.project.id(), ExportFormat.JSONL);
    Dashboard after = app.dashboard(f.reviewer, f.project.id());
    assertThat(after).isEqualTo(before);
  }

  /**
   * Labels are any text: one holds the control character a store might join labels with, one a colon and
   * a digit, one a character outside the BMP. By hand: n = 6, sum o_cc = 4, sum n_c² = 10, so nominal alpha
   * = 1 - 5 · 2 / (36 - 10).
   */
  @Test
  void labelsHoldingAnyCharacterAreCountedAsThemselves() {
    String joined = "a\u001fb";
    String emoji = "\uD83D\uDE00";
    List<String> labels = List.of(joined, "a", "b:1", emoji);
    StoreFixture f = new StoreFixture(app, 2, NewProject.of("Odd labels", TaskType.CLASSIFICATION, "")
        .withSchema(Presets.classification(labels, false)).withOverlap(2));
    f.upload("rows.jsonl", "{\"id\":\"t1\",\"text\":\"one\"}\n{\"id\":\"t2\",\"text\":\"two\"}\n"
        + "{\"id\":\"t3\",\"text\":\"three\"}\n");
    app.generateTasks(f.owner, f.project.id());
    List<String> first = List.of(joined, emoji, "b:1");
    List<String> second = List.of("a", emoji, "b:1");
    for (int t = 0; t < 3; t++) {
      long task = f.claim(0).taskId();
      f.claim(1);
      f.label(0, task, first.get(t));
      f.label(1, task, second.get(t));
    }
    Dashboard d = app.dashboard(f.owner, f.project.id());
    assertThat(d.labels().annotations()).isEqualTo(Map.of(joined, 1L, "a", 1L, "b:1", 2L, emoji, 2L));
    assertThat(d.labels().finalLabels()).isEqualTo(Map.of("b:1", 1L, emoji, 1L));
    assertThat(d.agreement().orElseThrow().level()).isEqualTo("nominal");
    assertThat(d.agreement().orElseThrow().alpha()).isCloseTo(1 - 5.0 * 2 / 26, within(EXACT));
    assertThat(d.labelAgreement()).extracting(LabelAgreement::label).containsExactlyInAnyOrderElementsOf(labels);
  }

  /**
   * The facade keeps a project's aggregates while the store's revision stands: after every kind of change (a
   * submit, a second annotation that settles a task, imported annotations and predictions, a flag, a review,
   * a gold answer, a recompute, a quality setting, a new template, a lapsed lease, an export) its dashboard
   * equals one read afresh by a new facade over the same store.
   */
  @Test
  void aKeptDashboardFollowsEveryChangeOfItsProject() {
    StoreFixture f = new StoreFixture(app, 3, 2);
    f.tasks(6);
    long first = f.claim(0).taskId();
    List<Runnable> changes = List.of(
        () -> submit(f, 0, first, H, 1_000),
        () -> submit(f, 1, f.claim(1).taskId(), I, 2_000),
        () -> importLines(f, prediction("ex-0", P), "{\"example_id\":\"ex-5\",\"annotator\":\"annotator-2\","
            + "\"label\":\"" + P + "\",\"created_at\":\"" + IMPORTED_AT + "\"}"),
        () -> {
          long t = f.claim(0).taskId();
          submit(f, 0, t, H, 3_000);
          submit(f, 2, f.claim(2).taskId(), H, 500);
        },
        () -> app.resolve(f.reviewer, first, P, "partly"),
        () -> app.flagForReview(f.owner, f.project.id(), "ex-1", "check"),
        () -> app.uploadGold(f.owner, f.project.id(), "gold.jsonl", new ByteArrayInputStream(
            "{\"example_id\":\"ex-4\",\"label\":\"irrelevant\"}\n".getBytes(StandardCharsets.UTF_8)),
            UploadMode.STRICT),
        () -> app.updateQualitySettings(f.owner, f.project.id(),
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("min_agreement", 0.9)),
        () -> app.recomputeConsensus(f.owner, f.project.id()),
        () -> app.updateInstructions(f.owner, f.project.id(), "Read the query twice."),
        () -> {
          f.claim(1);
          clock.advance(StoreFixture.LEASE.plusMinutes(1));
        },
        () -> app.export(f.owner, f.project.id(), ExportFormat.JSONL));
    for (Runnable change : changes) {
      app.dashboard(f.owner, f.project.id());
      change.run();
      assertThat(app.dashboard(f.owner, f.project.id())).isEqualTo(afresh().dashboard(f.owner, f.project.id()));
    }
  }

  /** A new facade over the same store (not closed: closing would close the store), holding no dashboard. */
  private CollectLite afresh() {
    return CollectLite.builder().store(store).clock(clock).exportDirectory(exportDir).lease(StoreFixture.LEASE)
        .backgroundExecutor(Runnable::run).build();
  }

  private static double alpha(Dashboard d, String label) {
    return d.labelAgreement().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow().alpha()
        .orElseThrow();
  }

  /** The scenario of the class comment; returns its fixture (annotators A, B and C are 0, 1 and 2). */
  private StoreFixture scenario() {
    StoreFixture f = new StoreFixture(app, 3, 2);
    f.tasks(12);
    for (int t = 0; t <= 9; t++) {
      if (t == 5) clock.advance(Duration.ofDays(1));
      Claim a = f.claim(0);
      assertThat(a.exampleId()).isEqualTo("ex-" + t);
      if (t < 9) assertThat(f.claim(1).taskId()).isEqualTo(a.taskId());
      submit(f, 0, a.taskId(), A.get(t), A_MS.get(t));
      if (t < 9) submit(f, 1, a.taskId(), B.get(t), B_MS.get(t));
    }
    ImportReport imported = importLines(f,
        "{\"example_id\":\"ex-9\",\"annotator\":\"annotator-2\",\"label\":\"" + I + "\",\"created_at\":\""
            + IMPORTED_AT + "\"}",
        "{\"example_id\":\"ex-11\",\"annotator\":\"annotator-1\",\"label\":\"" + P + "\",\"created_at\":\""
            + IMPORTED_AT + "\"}",
        prediction("ex-0", I), prediction("ex-1", I), prediction("ex-1", H), prediction("ex-2", H),
        prediction("ex-3", P));
    assertThat(imported.annotationsImported()).isEqualTo(2);
    assertThat(imported.predictionsImported()).isEqualTo(5);
    Claim c = f.claim(2);
    assertThat(c.exampleId()).isEqualTo("ex-10");
    submit(f, 2, c.taskId(), H, 700);
    clock.advance(Duration.ofDays(1));
    long contested = app.reviewQueue(f.reviewer, f.project.id()).get(0).task().id();
    assertThat(store.tasks().find(contested).orElseThrow().exampleId()).isEqualTo("ex-0");
    app.resolve(f.reviewer, contested, H, "the document answers it");
    return f;
  }

  private void submit(StoreFixture f, int annotator, long taskId, String label, long latencyMillis) {
    app.submit(f.annotator(annotator), taskId,
        new AnnotationInput(TextNode.valueOf(label), Confidence.MEDIUM, "", latencyMillis, Optional.empty()));
  }

  private static String prediction(String example, String label) {
    return "{\"example_id\":\"" + example + "\",\"model\":\"ranker-1\",\"label\":\"" + label + "\"}";
  }

  private ImportReport importLines(StoreFixture f, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return app.importLabels(f.owner, f.project.id(), "history.jsonl", new ByteArrayInputStream(bytes),
        UploadMode.STRICT);
  }
}
