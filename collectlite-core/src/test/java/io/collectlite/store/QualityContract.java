package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.NotFoundException;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract: quality settings, consensus recomputes and review routing. */
public abstract class QualityContract extends GoldContract {
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
