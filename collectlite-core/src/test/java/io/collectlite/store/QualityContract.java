package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.NotFoundException;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.gold.GoldReport;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.QualitySettings;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract: quality settings, gold, reliability, recomputes and review routing. */
public abstract class QualityContract extends ExportOptionsContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QualitySettings settings(StoreFixture f, String json) {
    try {
      return app.updateQualitySettings(f.owner, f.project.id(), JSON.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private GoldReport gold(StoreFixture f, UploadMode mode, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return app.uploadGold(f.owner, f.project.id(), "gold.jsonl", new ByteArrayInputStream(bytes), mode);
  }

  private static String goldLine(String example, String label) {
    return "{\"example_id\":\"" + example + "\",\"label\":\"" + label + "\"}";
  }

  private Task task(StoreFixture f, String exampleId) {
    return store.tasks().find(taskId(f, exampleId)).orElseThrow();
  }

  private long taskId(StoreFixture f, String exampleId) {
    for (long id = 1; id < 10_000; id++) {
      Optional<Task> t = store.tasks().find(id);
      if (t.isPresent() && t.get().projectId() == f.project.id() && t.get().exampleId().equals(exampleId)) return id;
    }
    throw new AssertionError("no task for " + exampleId);
  }

  /** The next task claimed by the first annotators, labelled with {@code labels} in annotator order; returns its id. */
  private static long labelNext(StoreFixture f, String... labels) {
    long task = f.claim(0).taskId();
    for (int a = 1; a < labels.length; a++) f.claim(a);
    for (int a = 0; a < labels.length; a++) f.label(a, task, labels[a]);
    return task;
  }

  /** Every claim the annotator gets until the queue is empty, each labelled {@code label} at once. */
  private List<Claim> labelEverything(StoreFixture f, int annotator, String label) {
    List<Claim> claims = new ArrayList<>();
    for (Optional<Claim> c = app.claimNext(f.annotator(annotator), f.project.id()); c.isPresent();
        c = app.claimNext(f.annotator(annotator), f.project.id())) {
      claims.add(c.get());
      f.label(annotator, c.get().taskId(), label);
    }
    return claims;
  }

  @Test
  void aGoldFileResolvesUntouchedTasksWithTheGoldAnswerAndRefusesTasksBeingLabelled() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(4);
    f.claim(0); // annotator-1 holds ex-0
    GoldReport report = gold(f, UploadMode.LENIENT, goldLine("ex-0", "irrelevant"), goldLine("ex-1", "irrelevant"),
        goldLine("ex-9", "irrelevant"), goldLine("ex-2", "great"));
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.refused()).extracting(Problem::line).containsExactly(1, 3, 4);
    assertThat(report.refused().get(0).message()).contains("annotators are labelling");
    assertThat(report.refused().get(1).message()).contains("no task for example 'ex-9'");
    assertThat(report.refused().get(2).field()).isEqualTo("label.relevance");
    Task gold = task(f, "ex-1");
    assertThat(gold.state()).isEqualTo(TaskState.RESOLVED);
    assertThat(taskActions(gold.id())).containsExactly("created", "created->resolved");
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("irrelevant", 1L);
    assertThat(store.quality().goldCount(f.project.id())).isEqualTo(1);
  }

  @Test
  void anUploadsGoldColumnMakesTasksGoldAndNeverReachesTheExamplesFields() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.upload("rows.jsonl", "{\"id\":\"g1\",\"query\":\"q\",\"document\":\"d\",\"gold\":\"irrelevant\"}\n"
        + "{\"id\":\"n1\",\"query\":\"q2\",\"document\":\"d2\",\"gold\":\"\"}\n"
        + "{\"id\":\"g2\",\"query\":\"q3\",\"document\":\"d3\",\"Gold\":\"highly_relevant\"}\n");
    app.generateTasks(f.owner, f.project.id());
    Task gold = task(f, "g1");
    assertThat(gold.state()).isEqualTo(TaskState.RESOLVED);
    assertThat(gold.fieldsJson()).doesNotContain("gold").doesNotContain("irrelevant");
    assertThat(taskActions(gold.id())).containsExactly("created", "created->resolved");
    assertThat(task(f, "n1").state()).isEqualTo(TaskState.CREATED);
    assertThat(task(f, "g2").fieldsJson()).doesNotContainIgnoringCase("gold");
    assertThat(store.quality().goldCount(f.project.id())).isEqualTo(2);
    assertThat(f.claim(0).exampleId()).isEqualTo("n1");
  }

  @Test
  void aBadGoldColumnIsRefusedNamingLineAndField() {
    StoreFixture f = new StoreFixture(app, 0, 1);
    assertThatThrownBy(() -> f.upload("rows.jsonl", "{\"id\":\"a\",\"query\":\"q\",\"document\":\"d\"}\n"
        + "{\"id\":\"b\",\"query\":\"q\",\"document\":\"d\",\"gold\":\"great\"}\n"
        + "{\"id\":\"c\",\"query\":\"q\",\"documents\":[\"x\",\"y\"],\"gold\":\"irrelevant\"}\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).extracting(Problem::line, Problem::field).containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, "gold.relevance"), org.assertj.core.groups.Tuple.tuple(3, "gold"));
          assertThat(e.problems().get(1).message()).contains("2 documents");
        });
    assertThat(store.examples().count(f.project.id())).isZero();
  }

  @Test
  void aNumericGoldAnswerCountsAnAnswerWithinTheQuestionsToleranceAsRight() {
    StoreFixture f = new StoreFixture(app, 1, io.collectlite.project.NewProject.of("Critique",
        io.collectlite.project.TaskType.CRITIQUE, "Rate it.").withOverlap(1));
    f.upload("rows.jsonl", "{\"id\":\"c1\",\"prompt\":\"p\",\"response\":\"r\"}\n"
        + "{\"id\":\"c2\",\"prompt\":\"p2\",\"response\":\"r2\"}\n");
    app.generateTasks(f.owner, f.project.id());
    for (int i = 0; i < 2; i++) {
      Claim c = f.claim(0);
      app.submit(f.annotator(0), c.taskId(), AnnotationInput.of(JSON.createObjectNode()
          .put("rating", c.exampleId().equals("c1") ? 5 : 1).put("critique", "fine")));
    }
    gold(f, UploadMode.STRICT, "{\"example_id\":\"c1\",\"answers\":{\"rating\":4,\"critique\":\"ok\"}}",
        "{\"example_id\":\"c2\",\"answers\":{\"rating\":4,\"critique\":\"ok\"}}");
    // tolerance 1: 5 against a gold 4 is right, 1 is wrong
    assertThat(app.reliability(f.owner, f.project.id())).singleElement().satisfies(r -> {
      assertThat(r.gold().total()).isEqualTo(2);
      assertThat(r.gold().correct()).isEqualTo(1);
    });
  }

  @Test
  void aStrictGoldFileWithABadLineStoresNothing() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(3);
    assertThatThrownBy(() -> gold(f, UploadMode.STRICT, goldLine("ex-0", "irrelevant"), goldLine("ex-7", "irrelevant")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(2));
    assertThat(store.quality().goldCount(f.project.id())).isZero();
    assertThat(task(f, "ex-0").state()).isEqualTo(TaskState.CREATED);
  }

  @Test
  void goldTasksAreMixedIntoEveryQueueBeyondOverlapAndScoredWithoutTouchingConsensus() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(40);
    List<String> goldIds = List.of("ex-30", "ex-31", "ex-32", "ex-33", "ex-34", "ex-35", "ex-36", "ex-37", "ex-38",
        "ex-39");
    gold(f, UploadMode.STRICT, goldIds.stream().map(id -> goldLine(id, "irrelevant")).toArray(String[]::new));
    settings(f, "{\"gold_rate\": 0.3}");
    List<Claim> first = labelEverything(f, 0, "irrelevant");
    List<Claim> second = labelEverything(f, 1, "highly_relevant");
    long goldFirst = first.stream().filter(c -> goldIds.contains(c.exampleId())).count();
    long goldSecond = second.stream().filter(c -> goldIds.contains(c.exampleId())).count();
    // both annotators met gold, beyond the gold tasks' overlap of 1, and all real work got done
    assertThat(goldFirst).isPositive();
    assertThat(goldSecond).isPositive();
    assertThat(first.size() - goldFirst).isEqualTo(30);
    assertThat(second.size() - goldSecond).isEqualTo(30);
    // gold arrives in the same task order as real work: no probe has an id below work already held
    for (List<Claim> claims : List.of(first, second)) {
      long lastWork = 0;
      for (Claim c : claims) {
        if (!goldIds.contains(c.exampleId())) {
          lastWork = c.taskId();
        } else if (claims.stream().anyMatch(x -> !goldIds.contains(x.exampleId()) && x.taskId() > c.taskId())) {
          assertThat(c.taskId()).as("probe %s after work on task %d", c.exampleId(), lastWork).isGreaterThan(lastWork);
        }
      }
    }
    // a gold claim looks like any other: the same kind of fields, the gold answer nowhere in it
    Claim probe = first.stream().filter(c -> goldIds.contains(c.exampleId())).findFirst().orElseThrow();
    assertThat(probe.fieldsJson()).doesNotContain("gold").contains("\"query\"");
    // probes leave the gold task's state and final label alone
    assertThat(task(f, probe.exampleId()).state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsExactly(java.util.Map.entry("irrelevant", 10L));
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.NEEDS_REVIEW, 30L);
    List<AnnotatorReliability> reliability = app.reliability(f.owner, f.project.id());
    AnnotatorReliability right = reliability.stream().filter(r -> r.annotatorId() == f.annotator(0).id()).findFirst()
        .orElseThrow();
    AnnotatorReliability wrong = reliability.stream().filter(r -> r.annotatorId() == f.annotator(1).id()).findFirst()
        .orElseThrow();
    assertThat(right.gold().total()).isEqualTo(goldFirst);
    assertThat(right.gold().correct()).isEqualTo(goldFirst);
    // smoothed with a uniform prior: n of n right is (n + 1) / (n + 2), never 1
    assertThat(right.gold().estimate()).isCloseTo((goldFirst + 1.0) / (goldFirst + 2.0), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(wrong.gold().estimate()).isCloseTo(1.0 / (goldSecond + 2.0), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(app.dashboard(f.reviewer, f.project.id()).goldAccuracy()).isEqualTo(reliability);
  }

  @Test
  void noGoldIsServedWhenNoRealWorkIsLeft() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(3);
    gold(f, UploadMode.STRICT, goldLine("ex-0", "irrelevant"), goldLine("ex-1", "irrelevant"),
        goldLine("ex-2", "irrelevant"));
    settings(f, "{\"gold_rate\": 0.5}");
    assertThat(app.claimNext(f.annotator(0), f.project.id())).isEmpty();
  }

  @Test
  void aWrongAnswerOnAGoldProbeSendsRecentWorkToReviewForFailedGold() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(60);
    List<String> goldIds = new ArrayList<>();
    for (int i = 40; i < 60; i++) goldIds.add("ex-" + i);
    gold(f, UploadMode.STRICT, goldIds.stream().map(id -> goldLine(id, "irrelevant")).toArray(String[]::new));
    settings(f, "{\"gold_rate\": 0.5, \"failed_gold_review\": 2}");
    int sentBefore = 0;
    Claim probe = null;
    for (Optional<Claim> c = app.claimNext(f.annotator(0), f.project.id()); c.isPresent();
        c = app.claimNext(f.annotator(0), f.project.id())) {
      if (goldIds.contains(c.get().exampleId()) && sentBefore >= 2) {
        probe = c.get();
        break;
      }
      f.label(0, c.get().taskId(), goldIds.contains(c.get().exampleId()) ? "irrelevant" : "highly_relevant");
      if (!goldIds.contains(c.get().exampleId())) sentBefore++;
    }
    assertThat(probe).as("a gold probe after two real tasks").isNotNull();
    assertThat(app.reviewQueue(f.reviewer, f.project.id())).isEmpty();
    f.label(0, probe.taskId(), "highly_relevant");
    List<ReviewItem> queue = app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.FAILED_GOLD));
    assertThat(queue).hasSize(2).allSatisfy(item -> {
      assertThat(item.consensus().reasons()).containsExactly(ReviewReason.FAILED_GOLD);
      assertThat(goldIds).doesNotContain(item.task().exampleId());
    });
    assertThat(app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.OWNER_FLAG))).isEmpty();
  }

  @Test
  void aReviewerDecisionMarkedGoldScoresTheAnnotationsAlreadyOnTheTask() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(3);
    long contested = taskId(f, "ex-1");
    app.resolve(f.reviewer, contested, TextNode.valueOf("irrelevant"), "checked the source", true);
    assertThat(store.quality().goldCount(f.project.id())).isEqualTo(1);
    List<AnnotatorReliability> r = app.reliability(f.reviewer, f.project.id());
    assertThat(r).extracting(x -> x.gold().total()).containsExactly(1L, 1L);
    assertThat(r).extracting(x -> x.gold().correct()).containsExactly(0L, 1L);
    assertThat(task(f, "ex-1").state()).isEqualTo(TaskState.RESOLVED);
  }

  @Test
  void recomputingWithAStricterThresholdSendsSplitTasksToReviewAndRecordsTheRun() {
    StoreFixture f = new StoreFixture(app, 3, 3);
    f.tasks(3);
    for (int i = 0; i < 3; i++) {
      labelNext(f, "highly_relevant", "highly_relevant", i == 0 ? "irrelevant" : "highly_relevant");
    }
    assertThat(app.reviewQueue(f.reviewer, f.project.id())).isEmpty();
    settings(f, "{\"min_agreement\": 0.8}");
    RecomputeResult result = app.recomputeConsensus(f.owner, f.project.id());
    ConsensusRun run = result.run();
    assertThat(run.tasks()).isEqualTo(3);
    assertThat(run.changed()).isEqualTo(1);
    assertThat(run.method()).isEqualTo(AggregationMethod.MAJORITY);
    assertThat(run.settings()).contains("\"min_agreement\":0.8");
    List<ReviewItem> queue = app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.DISAGREEMENT));
    assertThat(queue).singleElement().satisfies(item -> {
      assertThat(item.task().exampleId()).isEqualTo("ex-0");
      assertThat(item.consensus().score()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    });
    assertThat(taskActions(queue.get(0).task().id())).last().isEqualTo("resolved->needs_review");
    assertThat(app.consensusRuns(f.reviewer, f.project.id())).singleElement().isEqualTo(run);
    // a second recompute under the same settings changes nothing but adds a version
    assertThat(app.recomputeConsensus(f.owner, f.project.id()).run().changed()).isZero();
    assertThat(app.consensusRuns(f.owner, f.project.id())).hasSize(2);
  }

  @Test
  void aReviewersDecisionSurvivesARecompute() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(3);
    long contested = taskId(f, "ex-1");
    app.resolve(f.reviewer, contested, "irrelevant", "");
    app.recomputeConsensus(f.owner, f.project.id());
    assertThat(task(f, "ex-1").state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("irrelevant", 1L);
  }

  @Test
  void dawidSkeneRecomputeStoresItsFitAndLaterSubmitsDecideWithIt() {
    StoreFixture f = new StoreFixture(app, 3, 3);
    f.tasks(12);
    settings(f, "{\"aggregation\": \"dawid_skene\"}");
    // annotator 3 always says the opposite of the other two, except on the last task
    for (int i = 0; i < 11; i++) {
      String truth = i % 2 == 0 ? "highly_relevant" : "irrelevant";
      String opposite = i % 2 == 0 ? "irrelevant" : "highly_relevant";
      labelNext(f, truth, truth, opposite);
    }
    RecomputeResult result = app.recomputeConsensus(f.owner, f.project.id());
    assertThat(result.run().method()).isEqualTo(AggregationMethod.DAWID_SKENE);
    assertThat(result.run().model()).contains("\"confusion\"");
    assertThat(app.reliability(f.owner, f.project.id())).filteredOn(r -> r.annotatorId() == f.annotator(2).id())
        .singleElement().satisfies(r -> assertThat(r.dawidSkene()).hasValueSatisfying(a -> assertThat(a).isLessThan(0.2)));
    // the last task: annotators 1 and 2 cancel out, and annotator 3's "irrelevant" is, by their
    // reversed habit, evidence for "highly_relevant": majority would say irrelevant, the fit does not
    long last = f.claim(0).taskId();
    f.claim(1);
    f.claim(2);
    f.label(0, last, "irrelevant");
    f.label(1, last, "highly_relevant");
    var outcome = app.submit(f.annotator(2), last, AnnotationInput.of("irrelevant"));
    assertThat(outcome.taskState()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.quality().decidedTasks(f.project.id())).hasSize(12);
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("highly_relevant", 7L)
        .containsEntry("irrelevant", 5L);
  }

  @Test
  void aLabelTheDawidSkeneFitNeverSawIsDecidedByMajorityNotOverruledByThePriors() {
    StoreFixture f = new StoreFixture(app, 3, 3);
    f.tasks(3);
    settings(f, "{\"aggregation\": \"dawid_skene\"}");
    labelNext(f, "irrelevant", "irrelevant", "irrelevant");
    labelNext(f, "irrelevant", "irrelevant", "irrelevant");
    app.recomputeConsensus(f.owner, f.project.id());
    long task = labelNext(f, "highly_relevant", "highly_relevant", "highly_relevant");
    assertThat(store.tasks().find(task).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("highly_relevant", 1L);
  }

  @Test
  void aRecomputeKeepsAnOwnersFlagOnATaskStillWaitingForReview() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(3);
    long agreed = taskId(f, "ex-0");
    app.flagForReview(f.owner, agreed, "looks off");
    app.recomputeConsensus(f.owner, f.project.id());
    assertThat(task(f, "ex-0").state()).isEqualTo(TaskState.NEEDS_REVIEW);
    assertThat(app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.OWNER_FLAG)))
        .singleElement().satisfies(item -> assertThat(item.task().id()).isEqualTo(agreed));
  }

  @Test
  void theWeightedVoteFollowsTheAnnotatorsGoldAccuracy() {
    StoreFixture f = new StoreFixture(app, 3, 3);
    f.tasks(7);
    // six gold answers scored by a reviewer's marking: annotator 1 right on all, 2 and 3 wrong on all
    for (int i = 0; i < 3; i++) {
      long task = labelNext(f, "irrelevant", "highly_relevant", "highly_relevant");
      app.flagForReview(f.owner, task, "gold check");
      app.resolve(f.reviewer, task, TextNode.valueOf("irrelevant"), "", true);
    }
    settings(f, "{\"aggregation\": \"weighted_vote\"}");
    long task = labelNext(f, "irrelevant", "highly_relevant", "highly_relevant");
    // weights (3 + 1) / (3 + 2) = 0.8 against 2 x (0 + 1) / (3 + 2) = 0.4: the reliable annotator wins
    Task decided = store.tasks().find(task).orElseThrow();
    assertThat(decided.state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("irrelevant", 4L);
  }

  @Test
  void lowConfidenceAndAConfidentDisagreeingModelSendATaskToReviewWithBothReasons() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(2);
    settings(f, "{\"review_low_confidence\": true, \"model_disagreement\": 0.8}");
    byte[] prediction = ("{\"example_id\":\"ex-0\",\"model\":\"ranker\",\"label\":\"irrelevant\",\"confidence\":0.9}\n"
        + "{\"example_id\":\"ex-1\",\"model\":\"ranker\",\"label\":\"irrelevant\",\"confidence\":0.5}\n")
        .getBytes(StandardCharsets.UTF_8);
    app.importLabels(f.owner, f.project.id(), "model.jsonl", new ByteArrayInputStream(prediction), UploadMode.STRICT);
    for (int i = 0; i < 2; i++) {
      long task = f.claim(0).taskId();
      f.claim(1);
      app.submit(f.annotator(0), task, new AnnotationInput(TextNode.valueOf("highly_relevant"),
          i == 0 ? Confidence.LOW : Confidence.HIGH, "", 0, Optional.empty()));
      f.label(1, task, "highly_relevant");
    }
    List<ReviewItem> queue = app.reviewQueue(f.reviewer, f.project.id());
    assertThat(queue).singleElement().satisfies(item -> {
      assertThat(item.task().exampleId()).isEqualTo("ex-0");
      assertThat(item.consensus().reasons()).containsExactly(ReviewReason.LOW_CONFIDENCE,
          ReviewReason.MODEL_DISAGREEMENT);
      assertThat(item.suggestions()).singleElement().satisfies(s -> assertThat(s.model()).isEqualTo("ranker"));
    });
    // ex-1's model was not confident enough to matter
    assertThat(task(f, "ex-1").state()).isEqualTo(TaskState.RESOLVED);
  }

  @Test
  void anOwnersFlagSendsAResolvedTaskToReviewButNotAnOpenOne() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(4);
    long agreed = taskId(f, "ex-0");
    app.flagForReview(f.owner, agreed, "looks off");
    assertThat(app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.OWNER_FLAG)))
        .singleElement().satisfies(item -> assertThat(item.task().id()).isEqualTo(agreed));
    assertThat(taskActions(agreed)).last().isEqualTo("resolved->needs_review");
    assertThatThrownBy(() -> app.flagForReview(f.owner, taskId(f, "ex-3"), "")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> app.flagForReview(f.reviewer, agreed, "")).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anOwnerFlagsATaskByItsExampleIdAndAnUnknownExampleIsNotFound() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.labelFirstThree(4);
    long agreed = taskId(f, "ex-0");
    assertThat(store.tasks().findByExample(f.project.id(), "ex-0")).map(Task::id).contains(agreed);
    assertThat(store.tasks().findByExample(f.project.id(), "ex-9")).isEmpty();
    assertThat(store.tasks().findByExample(f.project.id() + 1, "ex-0")).isEmpty();
    app.flagForReview(f.owner, f.project.id(), "ex-0", "  label looks off ");
    assertThat(app.reviewQueue(f.reviewer, f.project.id(), Optional.of(ReviewReason.OWNER_FLAG)))
        .singleElement().satisfies(item -> assertThat(item.task().id()).isEqualTo(agreed));
    assertThat(taskActions(agreed)).last().isEqualTo("resolved->needs_review");
    assertThatThrownBy(() -> app.flagForReview(f.owner, f.project.id(), "ex-9", ""))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("ex-9");
    assertThatThrownBy(() -> app.flagForReview(f.owner, f.project.id(), " ", ""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("example_id"));
    assertThatThrownBy(() -> app.flagForReview(f.owner, f.project.id(), "ex-3", ""))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> app.flagForReview(f.reviewer, f.project.id(), "ex-2", ""))
        .isInstanceOf(ForbiddenException.class);
    assertThat(task(f, "ex-2").state()).isEqualTo(TaskState.RESOLVED);
  }

  @Test
  void qualitySettingsAreCheckedFieldByFieldAndOnlyOwnersChangeThem() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    assertThat(app.qualitySettings(f.reviewer, f.project.id()).aggregation()).isEqualTo(AggregationMethod.MAJORITY);
    assertThatThrownBy(() -> settings(f, "{\"gold_rate\": 0.9, \"min_agreement\": -1}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactlyInAnyOrder("quality.gold_rate", "quality.min_agreement"));
    assertThatThrownBy(() -> settings(f, "{\"threshold\": 1, \"min_agreement\": 5, \"gold_rate\": \"x\"}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
            .containsExactlyInAnyOrder("quality.threshold", "quality.min_agreement", "quality.gold_rate"));
    assertThatThrownBy(() -> app.updateQualitySettings(f.reviewer, f.project.id(), JSON.createObjectNode()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(settings(f, "{\"aggregation\": \"median\"}").aggregation()).isEqualTo(AggregationMethod.MEDIAN);
    assertThat(app.qualitySettings(f.owner, f.project.id()).aggregation()).isEqualTo(AggregationMethod.MEDIAN);
  }
}
