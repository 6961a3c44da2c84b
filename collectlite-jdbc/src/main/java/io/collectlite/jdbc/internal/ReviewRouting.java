package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Sends tasks that already have a verdict back to review, with the reason stored as a new consensus version. */
final class ReviewRouting {
  // the annotator's most recent annotations whose tasks consensus alone resolved (no reviewer, not
  // gold): those are what a failed gold task puts in doubt
  private static final String RECENT = "SELECT task_id FROM (SELECT n.task_id, n.id FROM annotations n "
      + "JOIN assignments a ON a.id = n.assignment_id JOIN tasks t ON t.id = n.task_id "
      + "WHERE n.project_id = :project AND n.annotator_id = :annotator AND a.kind = 'work' "
      + "AND t.state IN ('resolved', 'exported') AND t.review_label IS NULL AND t.gold_label IS NULL "
      + "ORDER BY n.id DESC LIMIT :limit) r ORDER BY task_id";

  private ReviewRouting() {}

  static void send(Handle h, Dialect dialect, long taskId, ReviewReason reason, String detail, Optional<Long> actor,
      Instant now) {
    TaskRows.Locked task = TaskRows.lock(h, dialect, taskId);
    if (task.state().isOpenForAnnotation() || task.state() == TaskState.SUBMITTED) {
      throw new ConflictException("task " + taskId + " is " + task.state().wire()
          + ": it can go to review once it has a verdict");
    }
    boolean gold = h.createQuery("SELECT gold_label IS NOT NULL FROM tasks WHERE id = :id").bind("id", taskId)
        .mapTo(Boolean.class).one();
    if (gold) throw new ConflictException("task " + taskId + " is gold: its answer is known");
    ConsensusResult latest = Reviews.latest(h, taskId).orElseThrow(
        () -> new ConflictException("task " + taskId + " has no consensus to review"));
    List<ReviewReason> reasons = new ArrayList<>(latest.reasons());
    if (!reasons.contains(reason)) reasons.add(reason);
    Reviews.insertVersion(h, taskId, new ConsensusResult(latest.label(), latest.score(), latest.annotations(),
        latest.method(), reasons), Optional.empty(), now);
    String note = reason.wire() + (detail.isEmpty() ? "" : ": " + detail);
    if (task.state() == TaskState.NEEDS_REVIEW) {
      JdbcAuditLog.record(h, task.projectId(), "task", taskId, "review reason", actor, note, now);
    } else {
      TaskRows.move(h, taskId, task.projectId(), task.state(), TaskState.NEEDS_REVIEW, actor, note, now);
    }
  }

  static int recentWork(Handle h, Dialect dialect, long projectId, long annotatorId, int limit, ReviewReason reason,
      String detail, Instant now) {
    List<Long> tasks = h.createQuery(RECENT).bind("project", projectId).bind("annotator", annotatorId)
        .bind("limit", limit).mapTo(Long.class).list();
    for (long task : tasks) send(h, dialect, task, reason, detail, Optional.empty(), now);
    return tasks.size();
  }
}
