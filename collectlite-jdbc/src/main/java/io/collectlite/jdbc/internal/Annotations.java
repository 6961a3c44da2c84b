package io.collectlite.jdbc.internal;

import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.quality.ConsensusResult;
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
      + "n.confidence, n.notes, n.latency_ms AS latency_millis, n.template_version, n.created_at "
      + "FROM annotations n JOIN users u ON u.id = n.annotator_id ";
  private static final String INSERT = "INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, "
      + "label, answers, confidence, notes, latency_ms, template_version, idempotency_key, created_at) "
      + "SELECT t.id, :assignment, t.project_id, :annotator, :label, :answers, :confidence, :notes, :latency, "
      + ":version, :key, :now FROM tasks t WHERE t.id = :task RETURNING id";
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
    h.createUpdate(COUNT_SUBMITTED).bind("id", taskId).bind("now", now).execute();
    TaskState state = task.state();
    if (task.submittedCount() + 1 >= task.requiredAnnotations()) {
      TaskRows.move(h, taskId, task.projectId(), state, TaskState.SUBMITTED, Optional.of(annotatorId), "", now);
      ConsensusResult verdict = consensus.decide(forTask(h, taskId));
      state = Reviews.recordConsensus(h, dialect, taskId, verdict, now);
    }
    Annotation stored = h.createQuery(SELECT + "WHERE n.id = :id").bind("id", id).mapTo(Annotation.class).one();
    return new SubmitOutcome(stored, state, false);
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
