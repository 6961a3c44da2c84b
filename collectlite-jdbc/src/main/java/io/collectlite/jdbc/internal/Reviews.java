package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewDecision;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Task;
import io.collectlite.task.TaskLifecycle;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The consensus_results and review_decisions tables, and the transitions they drive. */
final class Reviews {
  private static final RowMapper<ConsensusResult> CONSENSUS = (rs, ctx) -> new ConsensusResult(rs.getString("label"),
      rs.getDouble("score"), rs.getInt("annotations"), rs.getString("method"), reasons(rs.getString("reasons")));

  private Reviews() {}

  /** Stores a new consensus version for a submitted task and moves it on; returns the state it moved to. */
  static TaskState recordConsensus(Handle h, Dialect dialect, long taskId, ConsensusResult result, Instant now) {
    TaskRows.Locked task = TaskRows.lock(h, dialect, taskId);
    TaskState target = result.needsReview() ? TaskState.NEEDS_REVIEW : TaskState.RESOLVED;
    TaskLifecycle.require(taskId, task.state(), target);
    insertVersion(h, taskId, result, Optional.empty(), now);
    String detail = result.method() + " " + result.label() + " (" + result.score() + ")"
        + (result.needsReview() ? " review: " + result.reasons().stream().map(ReviewReason::wire).toList() : "");
    h.createUpdate("UPDATE tasks SET consensus_label = :label, consensus_score = :score, consensus_method = :method "
            + "WHERE id = :task")
        .bind("label", result.label()).bind("score", result.score()).bind("method", result.method())
        .bind("task", taskId).execute();
    TaskRows.move(h, taskId, task.projectId(), task.state(), target, Optional.empty(), detail, now);
    return target;
  }

  /** Stores the task's next consensus version, naming the recompute that made it, if any. */
  static void insertVersion(Handle h, long taskId, ConsensusResult result, Optional<Long> run, Instant now) {
    h.createUpdate("INSERT INTO consensus_results (task_id, version, label, score, annotations, method, reasons, "
            + "run_id, created_at) SELECT :task, coalesce(max(version), 0) + 1, :label, :score, :annotations, "
            + ":method, :reasons, :run, :now FROM consensus_results WHERE task_id = :task")
        .bind("task", taskId).bind("label", result.label()).bind("score", result.score())
        .bind("annotations", result.annotations()).bind("method", result.method())
        .bind("reasons", wire(result.reasons())).bind("run", run.orElse(null)).bind("now", now).execute();
  }

  /** The reasons as stored: their wire names, comma-separated. */
  static String wire(List<ReviewReason> reasons) {
    return reasons.stream().map(ReviewReason::wire).collect(Collectors.joining(","));
  }

  /** The task's newest consensus version. */
  static Optional<ConsensusResult> latest(Handle h, long taskId) {
    return h.createQuery("SELECT label, score, annotations, method, reasons "
            + "FROM consensus_results WHERE task_id = :task ORDER BY version DESC LIMIT 1")
        .bind("task", taskId).map(CONSENSUS).findOne();
  }

  static void resolve(Handle h, Dialect dialect, ReviewDecision decision) {
    TaskRows.Locked task = TaskRows.lock(h, dialect, decision.taskId());
    // checked on the locked row: only a task waiting for review takes a reviewer's decision
    if (task.state() != TaskState.NEEDS_REVIEW) {
      throw new ConflictException("task " + decision.taskId() + " is " + task.state().wire()
          + ", not waiting for review");
    }
    TaskLifecycle.require(decision.taskId(), task.state(), TaskState.RESOLVED);
    insertDecision(h, decision);
    h.createUpdate("UPDATE tasks SET review_label = :label WHERE id = :task").bind("label", decision.label())
        .bind("task", decision.taskId()).execute();
    TaskRows.move(h, decision.taskId(), task.projectId(), task.state(), TaskState.RESOLVED,
        Optional.of(decision.reviewerId()), "review " + decision.label(), decision.createdAt());
  }

  /**
   * Stores a reviewer's new decision on a task a review already resolved; the newest decision is the
   * task's final label. Refused once the task is exported (exports are snapshots) or holds a gold answer.
   */
  static void revise(Handle h, Dialect dialect, ReviewDecision decision) {
    TaskRows.Locked task = TaskRows.lock(h, dialect, decision.taskId());
    var current = h.createQuery("SELECT review_label, gold_label FROM tasks WHERE id = :task")
        .bind("task", decision.taskId())
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
    if (task.state() != TaskState.RESOLVED || current[0] == null) {
      throw new ConflictException("task " + decision.taskId() + " is " + task.state().wire()
          + (current[0] == null ? " without a reviewer's decision" : "")
          + ": only a reviewed task that is not exported yet can take a revised decision");
    }
    if (current[1] != null) {
      throw new ConflictException("task " + decision.taskId() + " holds a gold answer: change it with a gold file");
    }
    insertDecision(h, decision);
    h.createUpdate("UPDATE tasks SET review_label = :label, updated_at = :now WHERE id = :task")
        .bind("label", decision.label()).bind("now", decision.createdAt()).bind("task", decision.taskId()).execute();
    JdbcAuditLog.record(h, task.projectId(), "task", decision.taskId(), "review revised",
        Optional.of(decision.reviewerId()), "review " + current[0] + " -> " + decision.label(), decision.createdAt());
  }

  private static void insertDecision(Handle h, ReviewDecision decision) {
    h.createUpdate("INSERT INTO review_decisions (task_id, reviewer_id, label, answers, comment, created_at) "
            + "VALUES (:task, :reviewer, :label, :answers, :comment, :now)")
        .bind("task", decision.taskId()).bind("reviewer", decision.reviewerId()).bind("label", decision.label())
        .bind("answers", decision.answers())
        .bind("comment", decision.comment()).bind("now", decision.createdAt()).execute();
  }

  static List<ReviewItem> queue(Handle h, long projectId, int limit, Optional<ReviewReason> reason) {
    String byReason = reason.isEmpty() ? "" : "AND EXISTS (SELECT 1 FROM consensus_results c WHERE c.task_id = t.id "
        + "AND c.version = (SELECT max(v.version) FROM consensus_results v WHERE v.task_id = t.id) "
        + "AND ',' || c.reasons || ',' LIKE :reason) ";
    var query = h.createQuery(TaskRows.SELECT + "WHERE t.project_id = :project AND t.state = 'needs_review' "
            + byReason + "ORDER BY t.id LIMIT :limit")
        .bind("project", projectId).bind("limit", limit);
    reason.ifPresent(r -> query.bind("reason", "%," + r.wire() + ",%"));
    List<Task> tasks = query.mapTo(Task.class).list();
    List<ReviewItem> items = new ArrayList<>(tasks.size());
    for (Task task : tasks) {
      ConsensusResult latest = latest(h, task.id()).orElseThrow();
      items.add(new ReviewItem(task, Annotations.forTask(h, task.id()), latest,
          Suggestions.forExample(h, projectId, task.exampleId())));
    }
    return items;
  }

  static List<ReviewReason> reasons(String stored) {
    return reasonNames(stored).stream().map(ReviewReason::fromWire).toList();
  }

  /** The reasons a stored {@code consensus_results.reasons} value lists (wire names, comma-separated). */
  static List<String> reasonNames(String stored) {
    if (stored == null || stored.isBlank()) return List.of();
    return Arrays.stream(stored.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
  }
}
