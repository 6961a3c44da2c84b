package io.collectlite.jdbc.internal;

import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.TaskEvidence;
import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.ValidAnnotation;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.error.ConflictException;
import io.collectlite.task.AssignmentStatus;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The annotations table, and submit: the one path that writes to it. */
final class Annotations {
  private static final String SELECT = "SELECT n.id, n.task_id, n.annotator_id, u.name AS annotator_name, n.label, n.answers, "
      + "n.confidence, n.notes, n.latency_ms AS latency_millis, n.template_version, n.source, "
      + "coalesce(i.file_name, '') AS import_file, n.origin, n.created_at "
      + "FROM annotations n JOIN users u ON u.id = n.annotator_id LEFT JOIN imports i ON i.id = n.import_id ";
  private static final String INSERT = "INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, "
      + "label, answers, confidence, notes, latency_ms, template_version, idempotency_key, created_at) "
      + "SELECT t.id, :assignment, t.project_id, :annotator, :label, :answers, :confidence, :notes, :latency, "
      + ":version, :key, :now FROM tasks t WHERE t.id = :task RETURNING id";
  private static final String INSERT_IMPORTED = "INSERT INTO annotations (task_id, assignment_id, project_id, "
      + "annotator_id, label, answers, confidence, notes, latency_ms, template_version, source, import_id, origin, "
      + "created_at) VALUES (:task, :assignment, :project, :annotator, :label, :answers, :confidence, :notes, 0, "
      + ":version, 'import', :import, :origin, :createdAt)";
  private static final String COUNT_SUBMITTED = "UPDATE tasks SET active_count = active_count - 1, "
      + "submitted_count = submitted_count + 1, updated_at = :now WHERE id = :id";

  private Annotations() {}

  static List<Annotation> forTask(Handle h, long taskId) {
    return h.createQuery(SELECT + "WHERE n.task_id = :task ORDER BY n.id").bind("task", taskId)
        .mapTo(Annotation.class).list();
  }

  static long count(Handle h, long projectId) {
    return h.createQuery("SELECT count(*) FROM annotations WHERE project_id = :project").bind("project", projectId)
        .mapTo(Long.class).one();
  }

  /**
   * Locks the annotator's assignment first (lock order: assignment, then task), so a concurrent
   * repeat of the same submit waits here and then finds the first one's annotation.
   */
  static SubmitOutcome submit(Handle h, Dialect dialect, long taskId, long annotatorId, ValidAnnotation annotation,
      Instant now, ConsensusPolicy consensus) {
    AnnotationInput input = annotation.input();
    Assignments.Held held = Assignments.mine(h, dialect, taskId, annotatorId);
    if (input.idempotencyKey().isPresent()) {
      Optional<Annotation> first = byKey(h, annotatorId, input.idempotencyKey().get());
      if (first.isPresent()) return replay(h, taskId, first.get());
    }
    Assignments.requireLive(held, taskId, now);
    TaskRows.Locked task = TaskRows.lock(h, dialect, taskId);
    long id = h.createQuery(INSERT).bind("assignment", held.id()).bind("annotator", annotatorId)
        .bind("label", annotation.answers().primaryKey()).bind("answers", annotation.answers().json())
        .bind("version", annotation.templateVersion()).bind("confidence", input.confidence().wire()).bind("notes", input.notes())
        .bind("latency", input.latencyMillis()).bind("key", input.idempotencyKey().orElse(null))
        .bind("now", now).bind("task", taskId).mapTo(Long.class).one();
    Assignments.finish(h, held.id(), AssignmentStatus.SUBMITTED, now);
    Annotation stored;
    if (held.gold()) {
      // a gold probe: scored against the gold answer, outside the task's overlap and consensus
      stored = h.createQuery(SELECT + "WHERE n.id = :id").bind("id", id).mapTo(Annotation.class).one();
      String gold = h.createQuery("SELECT label FROM gold_labels WHERE task_id = :task").bind("task", taskId)
          .mapTo(String.class).one();
      return new SubmitOutcome(stored, task.state(), false, Optional.of(gold));
    }
    countSubmitted(h, taskId, true, now);
    TaskState state = completeIfFull(h, dialect, task, task.state(), annotatorId, "", consensus, now);
    stored = h.createQuery(SELECT + "WHERE n.id = :id").bind("id", id).mapTo(Annotation.class).one();
    return new SubmitOutcome(stored, state, false);
  }

  /**
   * When {@code task} (locked, its counters as read before this annotation) now holds its required
   * annotations, moves it from {@code state} to submitted and lets {@code consensus} decide it;
   * returns the state it ends in.
   */
  static TaskState completeIfFull(Handle h, Dialect dialect, TaskRows.Locked task, TaskState state, long actorId,
      String detail, ConsensusPolicy consensus, Instant now) {
    if (task.submittedCount() + 1 < task.requiredAnnotations()) return state;
    TaskRows.move(h, task.id(), task.projectId(), state, TaskState.SUBMITTED, Optional.of(actorId), detail, now);
    ConsensusResult verdict = consensus.decide(new TaskEvidence(task.id(), forTask(h, task.id()),
        Suggestions.latestForTask(h, task.id())));
    return Reviews.recordConsensus(h, dialect, task.id(), verdict, now);
  }

  /** Counts one more submitted annotation on the task; {@code releasesActive} when it ends an active claim. */
  static void countSubmitted(Handle h, long taskId, boolean releasesActive, Instant now) {
    h.createUpdate(releasesActive ? COUNT_SUBMITTED
            : "UPDATE tasks SET submitted_count = submitted_count + 1, updated_at = :now WHERE id = :id")
        .bind("id", taskId).bind("now", now).execute();
  }

  /** Stores an imported annotation for a held assignment; the caller keeps the task's counters. */
  static void insertImported(Handle h, TaskRows.Locked task, long assignmentId, long annotatorId, long importId,
      int templateVersion, io.collectlite.importing.ImportedAnnotation a) {
    h.createUpdate(INSERT_IMPORTED).bind("task", task.id()).bind("assignment", assignmentId)
        .bind("project", task.projectId()).bind("annotator", annotatorId).bind("label", a.answers().primaryKey())
        .bind("answers", a.answers().json()).bind("confidence", a.confidence().wire()).bind("notes", a.notes())
        .bind("version", templateVersion).bind("import", importId).bind("origin", a.origin())
        .bind("createdAt", a.createdAt()).execute();
  }

  private static Optional<Annotation> byKey(Handle h, long annotatorId, String key) {
    return h.createQuery(SELECT + "WHERE n.annotator_id = :annotator AND n.idempotency_key = :key")
        .bind("annotator", annotatorId).bind("key", key).mapTo(Annotation.class).findOne();
  }

  private static SubmitOutcome replay(Handle h, long taskId, Annotation first) {
    if (first.taskId() != taskId) {
      throw new ConflictException("idempotency key already used for task " + first.taskId());
    }
    TaskState state = TaskRows.find(h, taskId).orElseThrow().state();
    return new SubmitOutcome(first, state, true);
  }
}
