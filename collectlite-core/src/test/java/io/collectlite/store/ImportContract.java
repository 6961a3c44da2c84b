package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.export.ExportFormat;
import io.collectlite.importing.ImportReport;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.ReviewReason;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.task.TaskState;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract: importing annotations and model predictions from another tool. */
public abstract class ImportContract extends TaskTypesContract {
  private static final String OLD = "2023-06-01T10:15:30Z";

  private ImportReport importFile(StoreFixture f, UploadMode mode, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return app.importLabels(f.owner, f.project.id(), "history.jsonl", new ByteArrayInputStream(bytes), mode);
  }

  private static String annotation(String example, String annotator, String label) {
    return "{\"example_id\":\"" + example + "\",\"annotator\":\"" + annotator + "\",\"label\":\"" + label + "\"}";
  }

  @Test
  void strictImportWithABadLineWritesNothingAndNamesEveryLineAndField() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(2);
    assertThatThrownBy(() -> importFile(f, UploadMode.STRICT,
        annotation("ex-0", "alice", "highly_relevant"),
        "{\"example_id\":\"ex-1\",\"annotator\":\"bob\",\"label\":\"great\"}",
        annotation("ex-9", "carol", "irrelevant"),
        "not json"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 4);
          assertThat(e.problems().get(0).field()).isEqualTo("label");
          assertThat(e.problems().get(1).field()).isEqualTo("example_id");
          assertThat(e.problems().get(1).message()).contains("ex-9");
        });
    assertThat(store.tasks().annotationCount(f.project.id())).isZero();
    assertThat(store.users().findByName("alice")).isEmpty();
    assertThat(store.suggestions().forExample(f.project.id(), "ex-0")).isEmpty();
  }

  @Test
  void lenientImportKeepsTheGoodLinesAndListsTheBadOnes() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(2);
    ImportReport report = importFile(f, UploadMode.LENIENT,
        annotation("ex-0", "alice", "highly_relevant"),
        "{\"example_id\":\"ex-1\",\"label\":\"irrelevant\"}",
        "{\"example_id\":\"ex-1\",\"model\":\"gpt-x\",\"label\":\"irrelevant\",\"confidence\":1.5}",
        "{\"example_id\":\"ex-1\",\"model\":\"gpt-x\",\"label\":\"irrelevant\",\"confidence\":0.9}");
    assertThat(report.linesRead()).isEqualTo(4);
    assertThat(report.annotationsImported()).isEqualTo(1);
    assertThat(report.predictionsImported()).isEqualTo(1);
    assertThat(report.rejectedCount()).isEqualTo(2);
    assertThat(report.rejected()).extracting(Problem::line, Problem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "annotator"),
            org.assertj.core.groups.Tuple.tuple(3, "confidence"));
    assertThat(store.tasks().annotationCount(f.project.id())).isEqualTo(1);
  }

  @Test
  void importedAnnotationsNeverExceedTheOverlapAndTheirTasksMustExist() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(2);
    f.claim(0); // annotator-1 holds one slot of ex-0
    f.upload("more.jsonl", StoreFixture.rows(5, 6));
    ImportReport report = importFile(f, UploadMode.LENIENT,
        annotation("ex-0", "alice", "highly_relevant"),
        annotation("ex-0", "bob", "highly_relevant"),
        annotation("ex-5", "alice", "irrelevant"));
    assertThat(report.annotationsImported()).isEqualTo(1);
    assertThat(report.rejected()).extracting(Problem::line).containsExactly(2, 3);
    assertThat(report.rejected().get(0).message()).contains("2 required annotations");
    assertThat(report.rejected().get(1).message()).contains("generate tasks first");
    // annotator-1 still holds ex-0 (a claim resumes it); once they let it go, ex-0 is full for them
    assertThat(app.claimNext(f.annotator(0), f.project.id()).orElseThrow().exampleId()).isEqualTo("ex-0");
    app.skip(f.annotator(0), store.tasks().findByExample(f.project.id(), "ex-0").orElseThrow().id());
    assertThat(app.claimNext(f.annotator(0), f.project.id()).orElseThrow().exampleId()).isEqualTo("ex-1");
  }

  @Test
  void anImportedAnnotationFinishesTheAnnotatorsOpenClaimOnTheTask() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(1);
    long task = f.claim(0).taskId();
    ImportReport report = importFile(f, UploadMode.STRICT, annotation("ex-0", "annotator-1", "irrelevant"));
    assertThat(report.annotationsImported()).isEqualTo(1);
    assertThat(report.tasksResolved()).isEqualTo(1);
    assertThat(store.tasks().find(task).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().annotations(task)).singleElement()
        .satisfies(a -> assertThat(a.annotatorId()).isEqualTo(f.annotator(0).id()));
    assertThatThrownBy(() -> f.label(0, task, "irrelevant")).isInstanceOf(io.collectlite.error.ConflictException.class);
  }

  @Test
  void aRepeatedAnnotationIsADuplicateNotAnError() {
    StoreFixture f = new StoreFixture(app, 0, 3);
    f.tasks(1);
    ImportReport first = importFile(f, UploadMode.STRICT,
        annotation("ex-0", "alice", "highly_relevant"),
        annotation("ex-0", "alice", "irrelevant"));
    assertThat(first.annotationsImported()).isEqualTo(1);
    assertThat(first.duplicateCount()).isEqualTo(1);
    assertThat(first.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.reason()).contains("alice already annotated");
    });
    ImportReport again = importFile(f, UploadMode.STRICT, annotation("ex-0", "alice", "highly_relevant"));
    assertThat(again.annotationsImported()).isZero();
    assertThat(again.duplicates()).hasSize(1);
    assertThat(store.tasks().annotationCount(f.project.id())).isEqualTo(1);
  }

  @Test
  void duplicatesAreListedUpToTheCapAndAllCounted() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(1);
    String prediction = "{\"example_id\":\"ex-0\",\"model\":\"gpt-x\",\"label\":\"irrelevant\"}";
    int repeats = io.collectlite.ingest.UploadReader.MAX_REPORTED_PROBLEMS + 5;
    String[] lines = new String[repeats + 1];
    java.util.Arrays.fill(lines, prediction);
    ImportReport report = importFile(f, UploadMode.STRICT, lines);
    assertThat(report.predictionsImported()).isEqualTo(1);
    assertThat(report.duplicateCount()).isEqualTo(repeats);
    assertThat(report.duplicates()).hasSize(io.collectlite.ingest.UploadReader.MAX_REPORTED_PROBLEMS);
    assertThat(report.duplicates().get(0).line()).isEqualTo(2);
  }

  @Test
  void importThatCompletesATaskRunsConsensusAsOnSubmit() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(2);
    long contested = f.claim(0).taskId(); // ex-0: annotator-1 labels it in the workbench
    f.label(0, contested, "irrelevant");
    ImportReport report = importFile(f, UploadMode.STRICT,
        annotation("ex-0", "alice", "highly_relevant"),
        annotation("ex-1", "alice", "partially_relevant"),
        annotation("ex-1", "bob", "partially_relevant"));
    assertThat(report.tasksResolved()).isEqualTo(1);
    assertThat(report.tasksToReview()).isEqualTo(1);
    var review = app.reviewQueue(f.owner, f.project.id());
    assertThat(review).singleElement().satisfies(item -> {
      assertThat(item.task().exampleId()).isEqualTo("ex-0");
      assertThat(item.consensus().reasons()).contains(ReviewReason.DISAGREEMENT);
      assertThat(item.annotations()).extracting(Annotation::source).containsExactly("workbench", "import");
    });
    long settled = contested + 1;
    assertThat(store.tasks().find(settled).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(taskActions(settled)).containsExactly("created", "created->assigned", "assigned->submitted",
        "submitted->resolved");
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsEntry("partially_relevant", 1L);
  }

  @Test
  void importedAnnotationsKeepTheirProvenanceAndUsers() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(1);
    importFile(f, UploadMode.STRICT, "{\"example_id\":\"ex-0\",\"annotator\":\"alice\",\"label\":\"irrelevant\","
        + "\"confidence\":0.2,\"notes\":\"off topic\",\"created_at\":\"" + OLD + "\",\"source\":\"label-studio\"}");
    Annotation a = store.tasks().annotations(1).get(0);
    assertThat(a.source()).isEqualTo(Annotation.IMPORT);
    assertThat(a.importFile()).isEqualTo("history.jsonl");
    assertThat(a.origin()).isEqualTo("label-studio");
    assertThat(a.createdAt()).isEqualTo(Instant.parse(OLD));
    assertThat(a.confidence()).isEqualTo(Confidence.LOW);
    assertThat(a.notes()).isEqualTo("off topic");
    assertThat(a.annotatorName()).isEqualTo("alice");
    User alice = store.users().findByName("alice").orElseThrow();
    assertThat(store.projects().roleOf(f.project.id(), alice.id())).contains(io.collectlite.user.Role.ANNOTATOR);
    assertThat(taskActions(1)).containsExactly("created", "created->assigned");
    assertThat(store.audit().recent(f.project.id(), 10)).extracting(e -> e.entity() + " " + e.action())
        .contains("import imported", "user created_by_import");
  }

  @Test
  void anExistingUserWhoDoesNotAnnotateTheProjectIsRefusedNotEnrolled() {
    StoreFixture f = new StoreFixture(app, 1, 3);
    f.tasks(1);
    User outsider = app.createUser("alice").user();
    ImportReport report = importFile(f, UploadMode.LENIENT,
        annotation("ex-0", "alice", "irrelevant"),
        annotation("ex-0", "reviewer", "irrelevant"),
        annotation("ex-0", "owner", "irrelevant"),
        annotation("ex-0", "annotator-1", "irrelevant"));
    assertThat(report.annotationsImported()).isEqualTo(2);
    assertThat(report.rejected()).extracting(Problem::line, Problem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "annotator"),
            org.assertj.core.groups.Tuple.tuple(2, "annotator"));
    assertThat(report.rejected().get(0).message()).isEqualTo("user 'alice' exists but is not an annotator of this "
        + "project; add them as an annotator first or use another name");
    assertThat(store.projects().roleOf(f.project.id(), outsider.id())).isEmpty();
    assertThat(store.projects().roleOf(f.project.id(), f.reviewer.id())).contains(io.collectlite.user.Role.REVIEWER);
    assertThat(store.tasks().annotations(1)).extracting(Annotation::annotatorName)
        .containsExactlyInAnyOrder("owner", "annotator-1");
  }

  @Test
  void importedUsersCannotSignInUntilTheOwnerIssuesAToken() {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(1);
    importFile(f, UploadMode.STRICT, annotation("ex-0", "alice", "irrelevant"));
    User alice = store.users().findByName("alice").orElseThrow();
    assertThat(app.users()).extracting(User::name).contains("alice");
    String token = app.rotateToken(alice.id()).token();
    assertThat(app.authenticate(token).id()).isEqualTo(alice.id());
  }

  @Test
  void predictionsAreStoredAsSuggestionsAndCountTowardNothing() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(1);
    f.upload("more.jsonl", StoreFixture.rows(5, 6)); // ex-5 has no task: predictions may still come
    String prediction = "{\"example_id\":\"ex-0\",\"model\":\"gpt-x\",\"provider\":\"openai\",\"label\":"
        + "\"irrelevant\",\"confidence\":0.75,\"score\":-1.5,\"rationale\":\"no overlap\",\"created_at\":\"" + OLD
        + "\",\"source\":\"label-studio\"}";
    ImportReport report = importFile(f, UploadMode.STRICT, prediction, prediction,
        "{\"example_id\":\"ex-5\",\"model\":\"gpt-x\",\"label\":\"highly_relevant\"}");
    assertThat(report.predictionsImported()).isEqualTo(2);
    assertThat(report.duplicates()).extracting(d -> d.line()).containsExactly(2);
    assertThat(store.suggestions().forExample(f.project.id(), "ex-0")).singleElement().satisfies(s -> {
      assertThat(s.model()).isEqualTo("gpt-x");
      assertThat(s.provider()).isEqualTo("openai");
      assertThat(s.label()).isEqualTo("irrelevant");
      assertThat(s.confidence()).hasValue(0.75);
      assertThat(s.rawScore()).hasValue(-1.5);
      assertThat(s.rationale()).isEqualTo("no overlap");
      assertThat(s.source()).isEqualTo("import");
      assertThat(s.origin()).isEqualTo("label-studio");
      assertThat(s.createdAt()).isEqualTo(Instant.parse(OLD));
      assertThat(s.templateVersion()).isEqualTo(1);
    });
    assertThat(store.suggestions().forExample(f.project.id(), "ex-5")).extracting(ModelSuggestion::label)
        .containsExactly("highly_relevant");
    assertThat(store.tasks().annotationCount(f.project.id())).isZero();
    assertThat(store.tasks().find(1).orElseThrow().state()).isEqualTo(TaskState.CREATED);
    assertThat(taskActions(1)).containsExactly("created");
  }

  @Test
  void importedAnnotationsCountInExports() throws Exception {
    StoreFixture f = new StoreFixture(app, 0, 2);
    f.tasks(1);
    importFile(f, UploadMode.STRICT, annotation("ex-0", "alice", "irrelevant"), annotation("ex-0", "bob",
        "irrelevant"));
    var info = app.export(f.owner, f.project.id(), ExportFormat.JSONL);
    assertThat(info.recordCount()).isEqualTo(1);
    String record = new String(app.openExport(f.owner, info.id()).readAllBytes(), StandardCharsets.UTF_8);
    assertThat(record).contains("\"num_annotations\":2").contains("\"final_label\":\"irrelevant\"");
  }

  @Test
  void onlyOwnersImport() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(1);
    assertThatThrownBy(() -> app.importLabels(f.annotator(0), f.project.id(), "history.jsonl",
        new ByteArrayInputStream(annotation("ex-0", "alice", "irrelevant").getBytes(StandardCharsets.UTF_8)),
        UploadMode.STRICT)).isInstanceOf(ForbiddenException.class);
    assertThat(store.tasks().annotationCount(f.project.id())).isZero();
  }
}
