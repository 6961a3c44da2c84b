package io.collectlite.jdbc.internal;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.DailyActivity;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.TimeSeries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The metrics and dashboard reads over tasks, annotations, consensus results and model suggestions: each
 * one statement that aggregates in the database, written once for both dialects (integer division,
 * {@code string_agg}, window functions and correlated subqueries behave alike in SQLite 3.44+ and
 * PostgreSQL; only the median aggregate comes from the {@link Dialect}). The indexes of migration V6 let
 * them read indexes instead of tables. Label profiles are in {@link LabelProfiles}.
 */
final class MetricsQueries {
  /** Microseconds per UTC day: stored instants divided by it give the day since the epoch (all are after 1970). */
  private static final String DAY = "86400000000";
  private static final String FINAL_LABEL = "coalesce(t.review_label, t.consensus_label)";
  private static final String HAS_FINAL = "t.state IN ('resolved', 'exported')";
  private static final String TIMED_LATENCY = "CASE WHEN source = 'workbench' THEN latency_ms END";
  /**
   * Counts by UTC day: three statements, not one {@code UNION ALL}, which PostgreSQL would run as a parallel
   * append whose workers cost more than the counting.
   */
  static final String TASKS_CREATED = "SELECT created_at / " + DAY + " AS day, count(*) AS n FROM tasks "
      + "WHERE project_id = :project GROUP BY created_at / " + DAY;
  static final String TASKS_COMPLETED = "SELECT resolved_at / " + DAY + " AS day, count(*) AS n FROM tasks "
      + "WHERE project_id = :project AND resolved_at IS NOT NULL GROUP BY resolved_at / " + DAY;
  static final String ANNOTATED = "SELECT created_at / " + DAY + " AS day, count(*) AS n FROM annotations "
      + "WHERE project_id = :project GROUP BY created_at / " + DAY;
  /**
   * Per annotator, without a join (workbench annotations carry the only measured latencies); %s is the
   * median of {@code latency_ms}. Names are read apart: joined here, SQLite would compute the grouped
   * subquery several times.
   */
  private static final String ANNOTATOR_WORK = "SELECT annotator_id, count(*) AS annotations, "
      + "sum(CASE WHEN source = 'workbench' THEN 1 ELSE 0 END) AS timed, avg(" + TIMED_LATENCY + ") AS mean_latency, "
      + "%s FILTER (WHERE source = 'workbench') AS median_latency FROM annotations WHERE project_id = :project "
      + "GROUP BY annotator_id";
  static final String NAMES = "SELECT id, name FROM users WHERE id IN (<ids>)";
  static final String ANNOTATOR_AGREEMENT = "SELECT n.annotator_id, count(*) AS compared, "
      + "sum(CASE WHEN n.label = " + FINAL_LABEL + " THEN 1 ELSE 0 END) AS agreeing "
      + "FROM annotations n JOIN tasks t ON t.id = n.task_id "
      + "WHERE n.project_id = :project AND t.project_id = :project AND " + HAS_FINAL + " GROUP BY n.annotator_id";
  /**
   * Each task's final label beside its example's latest suggestion (kept on the task row as
   * {@code model_label}, see {@link Suggestions#KEEP_LATEST}), grouped by final label.
   */
  static final String FINAL_LABELS = "SELECT " + FINAL_LABEL + " AS final, count(*) AS tasks, "
      + "count(t.model_label) AS suggested, sum(CASE WHEN t.model_label <> " + FINAL_LABEL + " THEN 1 ELSE 0 END) "
      + "AS differs FROM tasks t WHERE t.project_id = :project AND " + HAS_FINAL + " GROUP BY " + FINAL_LABEL
      + " ORDER BY 1";
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

  static TimeSeries activity(Handle h, long projectId) {
    Map<Long, long[]> days = new TreeMap<>();
    String[] counts = {TASKS_CREATED, TASKS_COMPLETED, ANNOTATED};
    for (int i = 0; i < counts.length; i++) {
      int column = i;
      h.createQuery(counts[i]).bind("project", projectId)
          .map((rs, ctx) -> days.computeIfAbsent(rs.getLong("day"), d -> new long[3])[column] += rs.getLong("n"))
          .forEach(ignored -> { });
    }
    List<DailyActivity> series = new ArrayList<>(days.size());
    days.forEach((day, n) -> series.add(new DailyActivity(LocalDate.ofEpochDay(day), n[0], n[1], n[2])));
    return new TimeSeries(series);
  }

  /** Three reads, merged by annotator: the work itself, agreement over the tasks with a final label, names. */
  static List<AnnotatorStats> annotators(Handle h, Dialect dialect, long projectId) {
    Map<Long, long[]> agreement = new HashMap<>();
    h.createQuery(ANNOTATOR_AGREEMENT).bind("project", projectId)
        .map((rs, ctx) -> agreement.put(rs.getLong("annotator_id"), new long[] {rs.getLong("compared"),
            rs.getLong("agreeing")}))
        .forEach(ignored -> { });
    record Work(long id, long annotations, long timed, OptionalDouble median, OptionalDouble mean) {}
    List<Work> work = h.createQuery(annotatorWorkSql(dialect)).bind("project", projectId)
        .map((rs, ctx) -> new Work(rs.getLong("annotator_id"), rs.getLong("annotations"), rs.getLong("timed"),
            real(rs, "median_latency"), real(rs, "mean_latency")))
        .list();
    if (work.isEmpty()) return List.of();
    Map<Long, String> names = new HashMap<>();
    h.createQuery(NAMES).bindList("ids", work.stream().map(Work::id).toList())
        .map((rs, ctx) -> names.put(rs.getLong("id"), rs.getString("name"))).forEach(ignored -> { });
    return work.stream()
        .map(w -> {
          long[] compared = agreement.getOrDefault(w.id(), new long[2]);
          return new AnnotatorStats(w.id(), names.get(w.id()), w.annotations(), w.timed(), w.median(), w.mean(),
              compared[0], compared[1]);
        })
        .sorted(Comparator.comparing(AnnotatorStats::name).thenComparingLong(AnnotatorStats::annotatorId))
        .toList();
  }

  static String annotatorWorkSql(Dialect dialect) {
    return ANNOTATOR_WORK.formatted(dialect.median("latency_ms"));
  }

  static List<FinalLabelTally> finalLabels(Handle h, long projectId) {
    return h.createQuery(FINAL_LABELS).bind("project", projectId)
        .map((rs, ctx) -> new FinalLabelTally(rs.getString("final"), rs.getLong("tasks"), rs.getLong("suggested"),
            rs.getLong("differs")))
        .list();
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

  private static OptionalDouble real(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
