package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.error.ConflictException;
import io.collectlite.CollectLite;
import io.collectlite.error.PayloadTooLargeException;
import io.collectlite.error.Problem;
import io.collectlite.error.UnauthenticatedException;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.UploadMode;
import io.collectlite.ingest.UploadReport;
import io.collectlite.project.ProjectSummary;
import io.collectlite.template.Presets;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import java.nio.charset.StandardCharsets;
import io.collectlite.user.IssuedUser;
import io.collectlite.user.Role;
import java.nio.charset.StandardCharsets;
import io.collectlite.user.User;
import org.junit.jupiter.api.Test;

/** Contract: users, projects, members, templates, upload and task generation. */
public abstract class ProjectsAndIngestContract extends DashboardContract {

  @Test
  void aUserIsFoundByTokenNameAndIdAndARotatedTokenReplacesTheOldOne() {
    IssuedUser ada = app.createUser("ada");
    assertThat(app.authenticate(ada.token())).isEqualTo(ada.user());
    assertThat(store.users().findByName("ada")).contains(ada.user());
    assertThat(store.users().find(ada.user().id())).contains(ada.user());
    assertThat(ada.user().createdAt()).isEqualTo(START);

    IssuedUser rotated = app.rotateToken(ada.user().id());
    assertThat(app.authenticate(rotated.token()).id()).isEqualTo(ada.user().id());
    assertThatThrownBy(() -> app.authenticate(ada.token())).isInstanceOf(UnauthenticatedException.class);
    assertThat(app.users()).extracting(User::name).containsExactly("ada");
  }

  @Test
  void userNamesAreUnique() {
    app.createUser("ada");
    assertThatThrownBy(() -> app.createUser("ada")).isInstanceOf(ConflictException.class).hasMessageContaining("ada");
  }

  @Test
  void aNewProjectHasTemplateVersionOneAndItsOwnerAsMember() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    assertThat(store.projects().find(f.project.id())).contains(f.project);
    assertThat(f.project.seed()).isEqualTo(StoreFixture.SEED);
    assertThat(f.project.overlap()).isEqualTo(2);
    Template template = app.template(f.owner, f.project.id());
    assertThat(template.version()).isEqualTo(1);
    assertThat(template.instructions()).isEqualTo("Grade each document.");
    assertThat(template.schema()).isEqualTo(Presets.schemaFor(f.project.taskType()));
    assertThat(app.roleIn(f.owner, f.project.id())).isEqualTo(Role.OWNER);
    assertThat(app.projects(f.owner)).containsExactly(new ProjectSummary(f.project, Role.OWNER));
    assertThat(app.projects(f.annotator(0))).containsExactly(new ProjectSummary(f.project, Role.ANNOTATOR));
    assertThat(store.audit().forEntity("project", f.project.id())).first()
        .satisfies(e -> assertThat(e.action()).isEqualTo("created"));
  }

  @Test
  void putMemberAddsAMemberOrChangesTheirRole() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    assertThat(app.members(f.owner, f.project.id())).hasSize(3);
    app.putMember(f.owner, f.project.id(), f.annotator(0).id(), Role.REVIEWER);
    assertThat(store.projects().roleOf(f.project.id(), f.annotator(0).id())).contains(Role.REVIEWER);
    assertThat(app.members(f.owner, f.project.id())).hasSize(3);
    User outsider = app.createUser("outsider").user();
    assertThat(store.projects().roleOf(f.project.id(), outsider.id())).isEmpty();
  }

  @Test
  void theLastOwnerCannotBeDemotedButAnotherOwnerCanTakeOver() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    assertThatThrownBy(() -> app.putMember(f.owner, f.project.id(), f.owner.id(), Role.ANNOTATOR))
        .isInstanceOf(io.collectlite.error.ConflictException.class).hasMessageContaining("last owner");
    app.putMember(f.owner, f.project.id(), f.annotator(0).id(), Role.OWNER);
    app.putMember(f.owner, f.project.id(), f.owner.id(), Role.REVIEWER);
    assertThat(store.projects().roleOf(f.project.id(), f.owner.id())).contains(Role.REVIEWER);
  }

  @Test
  void twoOwnersDemotingEachOtherAtOnceNeverLeaveTheProjectWithoutAnOwner() throws Exception {
    StoreFixture f = new StoreFixture(app, 1, 2);
    var first = f.owner;
    var second = f.annotator(0);
    for (int round = 0; round < 10; round++) {
      var remaining = store.projects().roleOf(f.project.id(), first.id()).orElseThrow() == Role.OWNER ? first : second;
      app.putMember(remaining, f.project.id(), first.id(), Role.OWNER);
      app.putMember(remaining, f.project.id(), second.id(), Role.OWNER);
      var start = new java.util.concurrent.CountDownLatch(1);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> demote(start, first, f.project.id(), second.id()));
        var b = pool.submit(() -> demote(start, second, f.project.id(), first.id()));
        start.countDown();
        assertThat(a.get() + b.get()).isLessThanOrEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.projects().members(f.project.id())).anyMatch(m -> m.role() == Role.OWNER);
    }
  }

  private int demote(java.util.concurrent.CountDownLatch start, io.collectlite.user.User by, long projectId,
      long userId) throws InterruptedException {
    start.await();
    try {
      app.putMember(by, projectId, userId, Role.REVIEWER);
      return 1;
    } catch (ConflictException | io.collectlite.error.ForbiddenException e) {
      return 0;
    }
  }

  @Test
  void updatingInstructionsStoresANewTemplateVersionAndKeepsTheOldOne() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    Template v2 = app.updateInstructions(f.owner, f.project.id(), "Be strict.");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(app.template(f.owner, f.project.id())).isEqualTo(v2);
    assertThat(store.projects().template(f.project.id(), 1).orElseThrow().instructions())
        .isEqualTo("Grade each document.");
    assertThat(store.projects().template(f.project.id(), 3)).isEmpty();
  }

  @Test
  void uploadStoresEveryNewRowAndReportsRowsWhoseContentIsAlreadyInTheProject() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    UploadReport first = f.upload("first.jsonl", StoreFixture.rows(0, 5));
    assertThat(first.examplesCreated()).isEqualTo(5);
    assertThat(first.duplicates()).isEmpty();

    // rows 3 and 4 again (under new ids: same content is what makes a duplicate), then 5 new ones
    String again = StoreFixture.rows(3, 10).replace("\"ex-3\"", "\"copy-3\"");
    UploadReport second = f.upload("second.jsonl", again);
    assertThat(second.examplesCreated()).isEqualTo(5);
    assertThat(second.duplicates()).extracting(d -> d.line()).containsExactly(1, 2);
    assertThat(store.examples().count(f.project.id())).isEqualTo(10);
    assertThat(second.datasetId()).isNotEqualTo(first.datasetId());
  }

  @Test
  void strictUploadWritesNothingOnBadRow() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    String content = StoreFixture.rows(0, 3) + "{not json\n" + StoreFixture.rows(3, 5);
    assertThatThrownBy(() -> f.upload("bad.jsonl", content)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(4));
    assertThat(store.examples().count(f.project.id())).isZero();
    assertThat(store.audit().recent(f.project.id(), 50)).noneMatch(e -> e.entity().equals("dataset"));
  }

  @Test
  void strictUploadWritesNothingWhenTheBadRowComesAfterRowsAlreadySentToTheDatabase() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    // uploads stream into the database while the file is read: 5,000 rows (past one 256 KB COPY
    // chunk or insert batch) are written before the bad rows are reached, then rolled back
    String content = StoreFixture.rows(0, 5_000) + "{\"query\":\"q\"}\n" + StoreFixture.rows(5_000, 5_010)
        + "[1]\n";
    assertThatThrownBy(() -> f.upload("late-bad.jsonl", content)).isInstanceOfSatisfying(ValidationException.class,
        e -> {
          assertThat(e.problems()).extracting(Problem::line).containsExactly(5_001, 5_012);
          assertThat(e.problems().get(0).field()).isEqualTo("document");
        });
    assertThat(store.examples().count(f.project.id())).isZero();
    assertThat(store.audit().recent(f.project.id(), 50)).noneMatch(e -> e.entity().equals("dataset"));
    assertThat(f.upload("good.jsonl", StoreFixture.rows(0, 5_000)).examplesCreated()).isEqualTo(5_000);
  }

  @Test
  void lenientUploadStoresTheGoodRowsAndListsEveryRefusedRowWithItsLine() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.upload("first.jsonl", StoreFixture.rows(0, 2));
    String content = StoreFixture.rows(10, 12) + "{not json\n" + "{\"query\":\"q\"}\n"
        + "{\"id\":\"ex-1\",\"query\":\"other\",\"document\":\"other\"}\n" + StoreFixture.rows(0, 1)
        + StoreFixture.rows(12, 13);
    UploadReport report = app.upload(f.owner, f.project.id(), "mixed.jsonl",
        new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), UploadMode.LENIENT);
    assertThat(report.mode()).isEqualTo(UploadMode.LENIENT);
    assertThat(report.rowsRead()).isEqualTo(7);
    assertThat(report.examplesCreated()).isEqualTo(3);
    assertThat(report.duplicates()).extracting(d -> d.line()).containsExactly(6);
    assertThat(report.rejected()).extracting(Problem::line).containsExactly(3, 4, 5);
    assertThat(report.rejected().get(1).field()).isEqualTo("document");
    assertThat(report.rejected().get(2).message()).contains("ex-1");
    assertThat(report.rejectedCount()).isEqualTo(3);
    assertThat(store.examples().count(f.project.id())).isEqualTo(5);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAsTooLargeAndWritesNothing() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    CollectLite limited = CollectLite.builder().store(store).clock(clock).exportDirectory(exportDir)
        .ingestLimits(new IngestLimits(100_000, 50)).build();
    String big = StoreFixture.rows(0, 5_000);
    assertThatThrownBy(() -> limited.upload(f.owner, f.project.id(), "big.jsonl",
        new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("100000 bytes");
    assertThat(store.examples().count(f.project.id())).isZero();
    String longField = "{\"query\":\"q\",\"document\":\"" + "x".repeat(51) + "\"}\n";
    assertThatThrownBy(() -> limited.upload(f.owner, f.project.id(), "long.jsonl",
        new java.io.ByteArrayInputStream(longField.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(1, "document", "is longer than the limit of 50 characters (51)")));
  }

  @Test
  void anExampleIdReusedWithOtherContentRefusesTheWholeUploadNamingItsLine() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.upload("first.jsonl", StoreFixture.rows(0, 3));
    String clash = StoreFixture.rows(10, 12) + "{\"id\":\"ex-1\",\"query\":\"other\",\"document\":\"other\"}\n";
    assertThatThrownBy(() -> f.upload("clash.jsonl", clash)).isInstanceOfSatisfying(ValidationException.class,
        e -> {
          assertThat(e.problems()).extracting(Problem::line).containsExactly(3);
          assertThat(e.getMessage()).contains("ex-1");
        });
    assertThat(store.examples().count(f.project.id())).isEqualTo(3);
  }

  @Test
  void generateCreatesOneTaskPerExampleOnceAndAuditsEach() {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.upload("rows.jsonl", StoreFixture.rows(0, 4));
    assertThat(app.generateTasks(f.owner, f.project.id())).isEqualTo(4);
    assertThat(app.generateTasks(f.owner, f.project.id())).isZero();
    f.upload("more.jsonl", StoreFixture.rows(4, 6));
    assertThat(app.generateTasks(f.owner, f.project.id(), 3)).isEqualTo(2);

    var claim = f.claim(0);
    var task = store.tasks().find(claim.taskId()).orElseThrow();
    assertThat(task.exampleId()).isEqualTo("ex-0");
    assertThat(task.fieldsJson()).contains("query 0").contains("document 0");
    assertThat(task.requiredAnnotations()).isEqualTo(2);
    assertThat(task.templateVersion()).isEqualTo(1);
    assertThat(task.createdAt()).isEqualTo(START);
    assertThat(taskActions(task.id())).startsWith("created");
    assertThat(store.tasks().countByState(f.project.id()).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(6);
  }
}
