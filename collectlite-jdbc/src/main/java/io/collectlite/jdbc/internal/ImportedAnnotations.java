package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.importing.ImportBatch;
import io.collectlite.importing.ImportedAnnotation;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.task.AssignmentStatus;
import io.collectlite.task.TaskState;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stores imported annotations the way a claim and a submit would: a submitted assignment, the
 * annotation, the task's counters, and the lifecycle moves (an open task to assigned; a full one to
 * submitted and on through consensus), each audited. Not thread-safe; one per import.
 */
final class ImportedAnnotations {
  private final Handle h;
  private final Dialect dialect;
  private final ImportBatch batch;
  private final long importId;
  private final ConsensusPolicy consensus;
  private final ImportUsers users;
  private final ImportTally tally;

  ImportedAnnotations(Handle h, Dialect dialect, ImportBatch batch, long importId, ConsensusPolicy consensus,
      ImportTally tally) {
    this.h = h;
    this.dialect = dialect;
    this.batch = batch;
    this.importId = importId;
    this.consensus = consensus;
    this.tally = tally;
    this.users = new ImportUsers(h, batch.projectId(), batch.importedBy(), batch.fileName(), batch.now());
  }

  void add(ImportedAnnotation a, ImportExamples.Ref example) {
    if (example.taskId().isEmpty()) {
      tally.refuse(new Problem(a.line(), "example_id", "example '" + a.exampleId() + "' has no task yet; generate "
          + "tasks first, then import again"));
      return;
    }
    try {
      store(a, example.taskId().get());
    } catch (LineRefused refused) {
      tally.refuse(new Problem(a.line(), refused.field(), refused.getMessage()));
    }
  }

  // The import never waits on a row lock: it holds the locks of all its earlier lines, so a wait
  // could close a cycle with a submit (assignment, then task). It takes the task first, without
  // waiting: once it holds the task no claim on it is in flight, so every assignment is visible.
  private void store(ImportedAnnotation a, long taskId) {
    Optional<Long> known = users.annotator(a.annotator());
    TaskRows.Locked task = TaskRows.tryLock(h, dialect, taskId).orElseThrow(() -> new LineRefused("example_id",
        "the task of example '" + a.exampleId() + "' is being claimed or submitted right now; import this line "
            + "again"));
    Optional<Assignments.Held> earlier = Optional.empty();
    if (known.isPresent()) {
      Assignments.Probe probe = Assignments.tryLockAny(h, dialect, taskId, known.get());
      if (probe.busy()) {
        throw new LineRefused("annotator", a.annotator() + "'s assignment on the task of example '" + a.exampleId()
            + "' is being submitted right now; import this line again");
      }
      earlier = probe.held();
    }
    if (earlier.isPresent() && earlier.get().status() == AssignmentStatus.SUBMITTED) {
      tally.duplicate(a.line(), a.exampleId(), a.annotator() + " already annotated this example");
      return;
    }
    if (GoldRows.isGold(h, taskId)) {
      storeOnGold(a, task, known, earlier);
      return;
    }
    boolean holdsSlot = earlier.isPresent() && earlier.get().status() == AssignmentStatus.ACTIVE;
    int taken = task.activeCount() + task.submittedCount() - (holdsSlot ? 1 : 0);
    if (taken >= task.requiredAnnotations() || !task.state().isOpenForAnnotation()) {
      throw new LineRefused("example_id", "the task of example '" + a.exampleId() + "' already has its "
          + task.requiredAnnotations() + " required annotations (counting open claims); an import may not exceed "
          + "the overlap");
    }
    long annotatorId = known.orElseGet(() -> users.create(a.annotator()));
    long assignment = Assignments.submitImported(h, batch.projectId(), taskId, annotatorId, earlier, false,
        a.createdAt(), batch.now()).orElseThrow(() -> new LineRefused("annotator", a.annotator() + " claimed the task of example '"
            + a.exampleId() + "' while the import ran; import this line again"));
    Annotations.insertImported(h, task, assignment, annotatorId, importId, batch.templateVersion(), a);
    Annotations.countSubmitted(h, taskId, holdsSlot, batch.now());
    String detail = "import " + batch.fileName();
    TaskState state = task.state();
    if (state != TaskState.ASSIGNED) {
      TaskRows.move(h, taskId, batch.projectId(), state, TaskState.ASSIGNED, Optional.of(annotatorId), detail,
          batch.now());
      state = TaskState.ASSIGNED;
    }
    tally.annotation(Annotations.completeIfFull(h, dialect, task, state, annotatorId, detail, consensus,
        batch.now()));
  }

  /**
   * An annotation of a gold task, stored like a gold probe's answer: scored against the gold answer
   * (gold tallies, reliability), outside the task's overlap, its state and its final label, which
   * stay the gold answer's. This is how a team scores an existing crowd against known answers.
   */
  private void storeOnGold(ImportedAnnotation a, TaskRows.Locked task, Optional<Long> known,
      Optional<Assignments.Held> earlier) {
    if (earlier.isPresent() && earlier.get().status() == AssignmentStatus.ACTIVE && !earlier.get().gold()) {
      throw new LineRefused("annotator", a.annotator() + " holds the task of example '" + a.exampleId()
          + "' as work; import this line once it is submitted or expired");
    }
    long annotatorId = known.orElseGet(() -> users.create(a.annotator()));
    long assignment = Assignments.submitImported(h, batch.projectId(), task.id(), annotatorId, earlier, true,
        a.createdAt(), batch.now()).orElseThrow(() -> new LineRefused("annotator", a.annotator() + " claimed the "
            + "task of example '" + a.exampleId() + "' while the import ran; import this line again"));
    Annotations.insertImported(h, task, assignment, annotatorId, importId, batch.templateVersion(), a);
    tally.goldAnnotation();
  }
}
