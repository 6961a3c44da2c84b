package io.collectlite.jdbc.internal;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard reads beside the kept counts ({@link DashboardCounts}): the store's revision, the review
 * backlog by reason and annotators' names, written once for both dialects.
 */
final class MetricsQueries {
  static final String NAMES = "SELECT id, name FROM users WHERE id IN (<ids>)";
  /** Each waiting task's latest reason list, grouped by the list (few distinct lists). */
  static final String REVIEW_REASONS = "SELECT reasons, count(*) FROM (SELECT (SELECT c.reasons FROM "
      + "consensus_results c WHERE c.task_id = t.id ORDER BY c.version DESC LIMIT 1) AS reasons FROM tasks t "
      + "WHERE t.project_id = :project AND t.state = 'needs_review') r GROUP BY reasons";

  /**
   * The newest row of each append-only table the aggregates read, and the dialect's mark of writers still in
   * flight. Global maxima where a table has no index by project (a write to another project then only costs a
   * recompute); the audit trail and templates by project.
   */
  static final String REVISION = "SELECT coalesce((SELECT max(id) FROM annotations), 0) || '.' || "
      + "coalesce((SELECT max(id) FROM consensus_results), 0) || '.' || "
      + "coalesce((SELECT max(id) FROM review_decisions), 0) || '.' || "
      + "coalesce((SELECT max(id) FROM model_suggestions), 0) || '.' || "
      + "coalesce((SELECT max(id) FROM consensus_runs WHERE project_id = :project), 0) || '.' || "
      + "coalesce((SELECT max(version) FROM task_templates WHERE project_id = :project), 0) || '.' || "
      + "coalesce((SELECT max(id) FROM audit_events WHERE project_id = :project), 0) || '.' || %s";

  private MetricsQueries() {}

  static String revision(Handle h, Dialect dialect, long projectId) {
    return h.createQuery(REVISION.formatted(dialect.inFlightWriters())).bind("project", projectId)
        .mapTo(String.class).one();
  }

  /** Groups by the stored reason list in the database, then counts each reason in it. */
  static Map<String, Long> reviewReasons(Handle h, long projectId) {
    Map<String, Long> counts = new TreeMap<>();
    h.createQuery(REVIEW_REASONS).bind("project", projectId).map((rs, ctx) -> {
      long tasks = rs.getLong(2);
      for (String reason : Reviews.reasonNames(rs.getString(1))) counts.merge(reason, tasks, Long::sum);
      return null;
    }).forEach(ignored -> { });
    return counts;
  }
}
