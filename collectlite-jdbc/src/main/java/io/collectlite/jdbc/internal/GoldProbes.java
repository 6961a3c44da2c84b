package io.collectlite.jdbc.internal;

import io.collectlite.task.Claim;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Serves gold tasks as probes: a claim the caller chose for gold (at the project's gold rate, by a
 * draw nobody can predict) gets a gold task the annotator has never held, as an assignment of kind
 * {@code gold} that leaves the task's overlap counters alone. The claim looks like any other.
 */
final class GoldProbes {
  // Real work reaches an annotator in task id order, so a probe with an id below the work they
  // already hold would stand out: take the nearest gold task ahead of their last work task, and only
  // when none is left ahead, the nearest one behind it.
  private static final String NEXT_GOLD = "SELECT g.task_id FROM gold_labels g WHERE g.project_id = :project "
      + "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = g.task_id AND a.annotator_id = :annotator "
      + "LIMIT 1 OFFSET 0) ORDER BY CASE WHEN g.task_id > :last THEN g.task_id ELSE :last - g.task_id + :top END "
      + "LIMIT 1";
  private static final String LAST_WORK = "SELECT coalesce(max(task_id), 0) FROM assignments "
      + "WHERE project_id = :project AND annotator_id = :annotator AND kind = 'work'";
  private static final String TOP = "SELECT coalesce(max(task_id), 0) FROM gold_labels WHERE project_id = :project";
  // DO NOTHING: a concurrent claim by the same annotator may have taken the same probe
  private static final String INSERT = "INSERT INTO assignments (task_id, project_id, annotator_id, status, "
      + "claimed_at, lease_expires_at, kind, suggestions_shown) VALUES (:task, :project, :annotator, 'active', :now, "
      + ":lease, 'gold', :shown) "
      + "ON CONFLICT (task_id, annotator_id) DO NOTHING RETURNING id";

  private GoldProbes() {}

  /** A gold claim, when a gold task is left for the annotator. */
  static Optional<Claim> tryServe(Handle h, long projectId, long annotatorId, Instant now, Instant leaseEnd,
      boolean showSuggestions) {
    long last = h.createQuery(LAST_WORK).bind("project", projectId).bind("annotator", annotatorId)
        .mapTo(Long.class).one();
    long top = h.createQuery(TOP).bind("project", projectId).mapTo(Long.class).one();
    Optional<Long> task = h.createQuery(NEXT_GOLD).bind("project", projectId).bind("annotator", annotatorId)
        .bind("last", last).bind("top", top).mapTo(Long.class).findOne();
    if (task.isEmpty()) return Optional.empty();
    Optional<Long> assignment = h.createQuery(INSERT).bind("task", task.get()).bind("project", projectId)
        .bind("annotator", annotatorId).bind("now", now).bind("lease", leaseEnd).bind("shown", showSuggestions)
        .mapTo(Long.class).findOne();
    if (assignment.isEmpty()) return Optional.empty();
    // audited like any claim; the audit log is for owners, never shown to annotators
    JdbcAuditLog.record(h, projectId, "assignment", assignment.get(), "claimed", Optional.of(annotatorId),
        "task " + task.get() + ", gold", now);
    return Optional.of(h.createQuery(Assignments.CLAIM).bind("id", assignment.get()).mapTo(Claim.class).one());
  }
}
