package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.task.Claim;
import io.collectlite.task.TaskState;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract: claims, leases, skips and submits. */
public abstract class QueueContract extends ProjectsAndIngestContract {

  @Test
  void claimHandsOutTasksOldestFirstWithALease() {
    StoreFixture f = new StoreFixture(app, 2, 1);
    f.tasks(3);
    Claim first = f.claim(0);
    Claim second = f.claim(1);
    assertThat(second.taskId()).isGreaterThan(first.taskId());
    assertThat(first.exampleId()).isEqualTo("ex-0");
    assertThat(second.exampleId()).isEqualTo("ex-1");
    assertThat(first.projectId()).isEqualTo(f.project.id());
    assertThat(first.fieldsJson()).contains("document 0");
    assertThat(first.templateVersion()).isEqualTo(1);
    assertThat(first.leaseExpiresAt()).isEqualTo(START.plus(StoreFixture.LEASE));
    assertThat(store.tasks().find(first.taskId()).orElseThrow().state()).isEqualTo(TaskState.ASSIGNED);
    assertThat(taskActions(first.taskId())).containsExactly("created", "created->assigned");
  }

  @Test
  void claimNeverGivesAnAnnotatorTheSameTaskTwice() {
    StoreFixture f = new StoreFixture(app, 1, 3);
    f.tasks(4);
    Set<Long> seen = new HashSet<>();
    for (Optional<Claim> c = app.claimNext(f.annotator(0), f.project.id()); c.isPresent();
        c = app.claimNext(f.annotator(0), f.project.id())) {
      assertThat(seen.add(c.get().taskId())).as("task %d handed out twice", c.get().taskId()).isTrue();
      f.label(0, c.get().taskId(), "irrelevant");
    }
    assertThat(seen).hasSize(4);
  }

  @Test
  void aClaimResumesTheAnnotatorsLiveLeaseSoReloadsNeverStrandATask() {
    StoreFixture f = new StoreFixture(app, 2, 1);
    f.tasks(2);
    Claim first = f.claim(0);
    clock.advance(Duration.ofMinutes(10));
    Claim reload = f.claim(0);
    assertThat(reload.taskId()).isEqualTo(first.taskId());
    assertThat(reload.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(reload.leaseExpiresAt()).as("a reload renews the lease").isEqualTo(clock.instant().plus(StoreFixture.LEASE));
    assertThat(f.claim(0).taskId()).isEqualTo(first.taskId());
    // the other task is still there for the other annotator: two reloads took nothing from the queue
    assertThat(f.claim(1).taskId()).isNotEqualTo(first.taskId());
    assertThat(store.audit().forEntity("assignment", first.assignmentId())).extracting(e -> e.action())
        .containsExactly("claimed", "resumed", "resumed");
    f.label(0, first.taskId(), "irrelevant");
    assertThat(app.claimNext(f.annotator(0), f.project.id())).as("after submitting, nothing is held").isEmpty();
  }

  @Test
  void anAnnotatorHoldsOneLiveLeasePerProjectSoOthersAlwaysFindWork() {
    StoreFixture f = new StoreFixture(app, 2, 1);
    f.tasks(50);
    Set<Long> held = new HashSet<>();
    for (int i = 0; i < 50; i++) held.add(f.claim(0).taskId());
    assertThat(held).hasSize(1);
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.ASSIGNED, 1L);
    assertThat(f.claim(1).taskId()).isNotIn(held);
  }

  @Test
  void afterASkipOrASubmitTheNextClaimIsANewTaskAndAnExpiredLeaseIsNotResumed() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(4);
    long skipped = f.claim(0).taskId();
    app.skip(f.annotator(0), skipped);
    long labelled = f.claim(0).taskId();
    assertThat(labelled).isNotEqualTo(skipped);
    f.label(0, labelled, "irrelevant");
    long lapsed = f.claim(0).taskId();
    assertThat(lapsed).isNotIn(skipped, labelled);
    clock.advance(StoreFixture.LEASE.plus(Duration.ofSeconds(1)));
    assertThat(f.claim(0).taskId()).as("a lapsed lease gives way to fresh work").isNotIn(skipped, labelled, lapsed);
  }

  @Test
  void claimNeverExceedsOverlap() {
    StoreFixture f = new StoreFixture(app, 3, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    assertThat(f.claim(1).taskId()).isEqualTo(task);
    assertThat(app.claimNext(f.annotator(2), f.project.id())).isEmpty();
    f.label(0, task, "highly_relevant");
    assertThat(app.claimNext(f.annotator(2), f.project.id())).isEmpty();
  }

  @Test
  void skipReturnsTheSlotToOthersButNeverToTheAnnotatorWhoSkipped() {
    StoreFixture f = new StoreFixture(app, 3, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    f.claim(1);
    app.skip(f.annotator(0), task);
    assertThat(app.claimNext(f.annotator(0), f.project.id())).isEmpty();
    assertThat(f.claim(2).taskId()).isEqualTo(task);
    assertThatThrownBy(() -> app.skip(f.annotator(0), task)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> f.label(0, task, "irrelevant")).isInstanceOf(ConflictException.class);
  }

  @Test
  void anUndoneSkipHandsTheTaskBackAndReturnsTheTaskHeldSinceToTheQueue() {
    StoreFixture f = new StoreFixture(app, 2, 1);
    f.tasks(2);
    Claim skipped = f.claim(0);
    app.skip(f.annotator(0), skipped.taskId());
    Claim movedOn = f.claim(0);
    clock.advance(Duration.ofMinutes(1));
    Claim back = app.undoSkip(f.annotator(0), skipped.taskId());
    assertThat(back.taskId()).isEqualTo(skipped.taskId());
    assertThat(back.assignmentId()).isEqualTo(skipped.assignmentId());
    assertThat(back.leaseExpiresAt()).isEqualTo(clock.instant().plus(StoreFixture.LEASE));
    assertThat(f.claim(0).taskId()).as("the task they hold again is the one a claim resumes").isEqualTo(skipped.taskId());
    assertThat(f.claim(1).taskId()).as("the task held since is free for others").isEqualTo(movedOn.taskId());
    f.label(0, skipped.taskId(), "irrelevant");
    assertThat(store.tasks().find(skipped.taskId()).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.audit().forEntity("assignment", skipped.assignmentId())).extracting(e -> e.action())
        .containsExactly("claimed", "active->skipped", "skipped->active", "resumed");
    assertThat(store.audit().forEntity("assignment", movedOn.assignmentId())).extracting(e -> e.action())
        .containsExactly("claimed", "active->expired");
  }

  @Test
  void aSkipCanOnlyBeUndoneByItsAnnotatorWhileTheTaskHasRoomForThem() {
    StoreFixture f = new StoreFixture(app, 3, 1);
    f.tasks(1);
    long task = f.claim(0).taskId();
    assertThatThrownBy(() -> app.undoSkip(f.annotator(0), task)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("you did not skip task");
    assertThatThrownBy(() -> app.undoSkip(f.annotator(1), task)).isInstanceOf(ForbiddenException.class);
    app.skip(f.annotator(0), task);
    f.claim(1); // the slot went to someone else
    assertThatThrownBy(() -> app.undoSkip(f.annotator(0), task)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("has all its annotators since you skipped it");
    f.label(1, task, "irrelevant");
    assertThatThrownBy(() -> app.undoSkip(f.annotator(0), task)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("is resolved now");
  }

  @Test
  void aSkipIsUndoneAfterTheLeaseHeldSinceRanOut() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(2);
    long skipped = f.claim(0).taskId();
    app.skip(f.annotator(0), skipped);
    long since = f.claim(0).taskId();
    clock.advance(StoreFixture.LEASE.plus(Duration.ofMinutes(5))); // nobody claimed while it ran out
    assertThat(app.undoSkip(f.annotator(0), skipped).taskId()).isEqualTo(skipped);
    assertThat(f.claim(0).taskId()).isEqualTo(skipped);
    assertThat(store.tasks().find(since).orElseThrow().state()).isEqualTo(TaskState.ASSIGNED);
    f.label(0, skipped, "irrelevant");
    assertThat(f.claim(0).taskId()).as("the lapsed task comes back once nothing fresh is left").isEqualTo(since);
  }

  @Test
  void anExpiredLeaseReturnsTheSlotAndItsHolderCanNoLongerSubmit() {
    StoreFixture f = new StoreFixture(app, 3, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    f.claim(1);
    assertThat(app.claimNext(f.annotator(2), f.project.id())).isEmpty();

    clock.advance(StoreFixture.LEASE.plus(Duration.ofSeconds(1)));
    assertThatThrownBy(() -> f.label(0, task, "irrelevant")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired");
    Claim late = f.claim(2);
    assertThat(late.taskId()).isEqualTo(task);
    assertThat(late.leaseExpiresAt()).isEqualTo(clock.instant().plus(StoreFixture.LEASE));
    // both old leases ran out and nothing fresh is left: the first who lets a lease lapse and asks
    // again gets the task back, on the same assignment, with a new lease; then it is full
    Claim back = f.claim(0);
    assertThat(back.taskId()).isEqualTo(task);
    assertThat(back.leaseExpiresAt()).isEqualTo(clock.instant().plus(StoreFixture.LEASE));
    assertThat(app.claimNext(f.annotator(1), f.project.id())).isEmpty();
    f.label(0, task, "irrelevant");
    assertThat(store.tasks().annotations(task)).hasSize(1);
  }

  @Test
  void aLapsedTaskComesBackOnlyAfterEveryFreshTaskSoTasksNeverStrandWithOverlapEqualToTheTeam() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(3);
    long lapsed = f.claim(0).taskId();
    clock.advance(StoreFixture.LEASE.plus(Duration.ofSeconds(1)));
    // annotator 0 works through the fresh tasks first, then gets the one they let lapse
    for (int i = 0; i < 2; i++) {
      Claim c = f.claim(0);
      assertThat(c.taskId()).isNotEqualTo(lapsed);
      f.label(0, c.taskId(), "irrelevant");
    }
    assertThat(f.claim(0).taskId()).isEqualTo(lapsed);
    f.label(0, lapsed, "irrelevant");
    for (int i = 0; i < 3; i++) f.label(1, f.claim(1).taskId(), "irrelevant");
    assertThat(app.claimNext(f.annotator(0), f.project.id())).isEmpty();
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.RESOLVED, 3L);
    assertThat(store.audit().recent(f.project.id(), 100)).extracting(e -> e.action())
        .contains("active->expired", "expired->active");
  }

  @Test
  void skipsAndClaimsAreAuditedOnTheAssignment() {
    StoreFixture f = new StoreFixture(app, 1, 1);
    f.tasks(1);
    Claim c = f.claim(0);
    app.skip(f.annotator(0), c.taskId());
    assertThat(store.audit().forEntity("assignment", c.assignmentId())).extracting(e -> e.action())
        .containsExactly("claimed", "active->skipped");
  }

  @Test
  void submitByAnAnnotatorTheTaskIsNotAssignedToIsForbidden() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    assertThatThrownBy(() -> f.label(1, task, "irrelevant")).isInstanceOf(ForbiddenException.class);
    assertThat(store.tasks().annotations(task)).isEmpty();
  }

  @Test
  void aDoubleSubmitIsAConflictAndStoresOneAnnotation() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    f.label(0, task, "irrelevant");
    assertThatThrownBy(() -> f.label(0, task, "irrelevant")).isInstanceOf(ConflictException.class);
    assertThat(store.tasks().annotations(task)).hasSize(1);
  }

  @Test
  void aRepeatedSubmitWithTheSameIdempotencyKeyReturnsTheFirstAnnotation() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    AnnotationInput input = new AnnotationInput(com.fasterxml.jackson.databind.node.TextNode.valueOf("partially_relevant"), Confidence.HIGH, "close call", 1234,
        Optional.of("key-1"));
    SubmitOutcome first = app.submit(f.annotator(0), task, input);
    SubmitOutcome replay = app.submit(f.annotator(0), task, input);
    assertThat(first.replayed()).isFalse();
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.annotation()).isEqualTo(first.annotation());
    assertThat(store.tasks().annotations(task)).containsExactly(first.annotation());
    var stored = first.annotation();
    assertThat(stored.annotatorName()).isEqualTo("annotator-1");
    assertThat(stored.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(stored.notes()).isEqualTo("close call");
    assertThat(stored.latencyMillis()).isEqualTo(1234);
    assertThat(stored.createdAt()).isEqualTo(START);
    assertThat(first.taskState()).isEqualTo(TaskState.ASSIGNED);
  }

  @Test
  void theLastRequiredAnnotationMovesTheTaskToSubmittedAndConsensusResolvesIt() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.tasks(1);
    long task = f.claim(0).taskId();
    f.claim(1);
    f.label(0, task, "highly_relevant");
    SubmitOutcome last = app.submit(f.annotator(1), task, AnnotationInput.of("highly_relevant"));
    assertThat(last.taskState()).isEqualTo(TaskState.RESOLVED);
    assertThat(store.tasks().find(task).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
    assertThat(taskActions(task))
        .containsExactly("created", "created->assigned", "assigned->submitted", "submitted->resolved");
    assertThat(store.tasks().finalLabelCounts(f.project.id())).containsExactlyEntriesOf(
        java.util.Map.of("highly_relevant", 1L));
  }
}
