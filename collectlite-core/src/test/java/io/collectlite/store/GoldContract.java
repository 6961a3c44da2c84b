package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.gold.GoldReport;
import io.collectlite.importing.ImportReport;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.QualitySettings;
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

/**
 * Contract: gold answers (upload column, gold file, a reviewer's decision), gold probes mixed into
 * claims, reliability on gold and failed-gold review. The helpers serve {@link QualityContract} too.
 */
public abstract class GoldContract extends ExportOptionsContract {
  protected static final ObjectMapper JSON = new ObjectMapper();

  protected QualitySettings settings(StoreFixture f, String json) {
    try {
      return app.updateQualitySettings(f.owner, f.project.id(), JSON.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  protected GoldReport gold(StoreFixture f, UploadMode mode, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return app.uploadGold(f.owner, f.project.id(), "gold.jsonl", new ByteArrayInputStream(bytes), mode);
  }

  protected static String goldLine(String example, String label) {
    return "{\"example_id\":\"" + example + "\",\"label\":\"" + label + "\"}";
  }

  /** The task of an example of the fixture's project. */
  protected Task task(StoreFixture f, String exampleId) {
    return store.tasks().findByExample(f.project.id(), exampleId)
        .orElseThrow(() -> new AssertionError("no task for " + exampleId));
  }

  protected long taskId(StoreFixture f, String exampleId) {
    return task(f, exampleId).id();
  }

  /** The next task claimed by the first annotators, labelled with {@code labels} in annotator order; returns its id. */
  protected static long labelNext(StoreFixture f, String... labels) {
    long task = f.claim(0).taskId();
    for (int a = 1; a < labels.length; a++) f.claim(a);
    for (int a = 0; a < labels.length; a++) f.label(a, task, labels[a]);
    return task;
  }

  /** Every claim the annotator gets until the queue is empty, each labelled {@code label} at once. */
  protected List<Claim> labelEverything(StoreFixture f, int annotator, String label) {
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
    assertThat(report.refused().get(2).field()).isEqualTo("label");
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
              org.assertj.core.groups.Tuple.tuple(2, "gold"), org.assertj.core.groups.Tuple.tuple(3, "gold"));
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
  void aSkippedGoldProbeIsUndoneLikeAnyOtherTaskSoTheAnswerNeverTellsItIsGold() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(40);
    List<String> goldIds = java.util.stream.IntStream.range(20, 40).mapToObj(i -> "ex-" + i).toList();
    gold(f, UploadMode.STRICT, goldIds.stream().map(id -> goldLine(id, "irrelevant")).toArray(String[]::new));
    settings(f, "{\"gold_rate\": 0.5}");
    Claim probe = null;
    for (int i = 0; i < 20 && probe == null; i++) {
      Claim c = f.claim(0);
      app.skip(f.annotator(0), c.taskId());
      if (goldIds.contains(c.exampleId())) probe = c;
    }
    assertThat(probe).as("a probe was served").isNotNull();
    Claim since = f.claim(0);
    Claim back = app.undoSkip(f.annotator(0), probe.taskId());
    assertThat(back.taskId()).isEqualTo(probe.taskId());
    assertThat(f.claim(0).taskId()).isEqualTo(probe.taskId());
    assertThat(task(f, probe.exampleId()).state()).as("the probe leaves the gold task resolved")
        .isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().find(since.taskId()).orElseThrow().state()).isIn(TaskState.ASSIGNED, TaskState.RESOLVED);
    f.label(0, probe.taskId(), "irrelevant");
    assertThat(task(f, probe.exampleId()).state()).isEqualTo(TaskState.RESOLVED);
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
  void importedAnnotationsOnGoldTasksAreStoredAndScoredWithoutChangingTheGoldAnswer() {
    StoreFixture f = new StoreFixture(app, 0, 1);
    f.tasks(3);
    gold(f, UploadMode.STRICT, goldLine("ex-0", "irrelevant"), goldLine("ex-1", "irrelevant"));
    String crowd = String.join("\n", imported("ex-0", "alice", "irrelevant"), imported("ex-1", "alice", "highly_relevant"),
        imported("ex-0", "bob", "irrelevant"), imported("ex-0", "carol", "highly_relevant"),
        imported("ex-2", "alice", "partially_relevant"), imported("ex-2", "dan", "irrelevant")) + "\n";
    ImportReport report = app.importLabels(f.owner, f.project.id(), "crowd.jsonl",
        new ByteArrayInputStream(crowd.getBytes(StandardCharsets.UTF_8)), UploadMode.LENIENT);
    // three answers on a gold task of overlap 1 are all kept: gold takes no overlap
    assertThat(report.annotationsImported()).isEqualTo(5);
    assertThat(report.annotationsOnGold()).isEqualTo(4);
    // the message for a truly full task stays
    assertThat(report.rejected()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("already has its 1 required annotations");
    });
    // the gold answer stays the final label; the tasks stay resolved and their counters untouched
    for (String gold : List.of("ex-0", "ex-1")) assertThat(task(f, gold).state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id()))
        .containsOnly(java.util.Map.entry("irrelevant", 2L), java.util.Map.entry("partially_relevant", 1L));
    assertThat(store.tasks().annotations(taskId(f, "ex-0"))).hasSize(3);
    // scored against the gold answer: gold tallies and reliability per annotator
    assertThat(store.quality().goldTallies(f.project.id()))
        .extracting(t -> t.annotatorName() + " " + t.correct() + "/" + t.total())
        .containsExactlyInAnyOrder("alice 1/2", "bob 1/1", "carol 0/1");
    assertThat(app.reliability(f.owner, f.project.id()))
        .extracting(r -> r.annotatorName() + " " + r.gold().correct() + "/" + r.gold().total())
        .contains("alice 1/2", "bob 1/1", "carol 0/1");
    // a repeat of the file is a duplicate, not a second score
    ImportReport again = app.importLabels(f.owner, f.project.id(), "crowd.jsonl",
        new ByteArrayInputStream(crowd.getBytes(StandardCharsets.UTF_8)), UploadMode.LENIENT);
    assertThat(again.annotationsImported()).isZero();
    assertThat(again.duplicateCount()).isEqualTo(5);
    assertThat(store.quality().goldTallies(f.project.id())).extracting(t -> t.total()).containsOnly(2L, 1L);
  }

  @Test
  void aStrictImportOfAnswersToGoldTasksIsAccepted() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(2);
    gold(f, UploadMode.STRICT, goldLine("ex-0", "irrelevant"), goldLine("ex-1", "highly_relevant"));
    String crowd = imported("ex-0", "alice", "irrelevant") + "\n" + imported("ex-1", "alice", "irrelevant") + "\n";
    ImportReport report = app.importLabels(f.owner, f.project.id(), "crowd.jsonl",
        new ByteArrayInputStream(crowd.getBytes(StandardCharsets.UTF_8)), UploadMode.STRICT);
    assertThat(report.annotationsOnGold()).isEqualTo(2);
    assertThat(store.quality().goldTallies(f.project.id())).singleElement()
        .satisfies(t -> assertThat(t.correct() + "/" + t.total()).isEqualTo("1/2"));
    assertThat(task(f, "ex-1").state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().finalLabelCounts(f.project.id()))
        .containsOnly(java.util.Map.entry("irrelevant", 1L), java.util.Map.entry("highly_relevant", 1L));
  }

  private static String imported(String example, String annotator, String label) {
    return "{\"example_id\":\"" + example + "\",\"annotator\":\"" + annotator + "\",\"label\":\"" + label + "\"}";
  }
}
