package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.error.NotFoundException;
import io.collectlite.leaderboard.FinalPreference;
import io.collectlite.task.Task;
import io.collectlite.task.TaskLifecycle;
import io.collectlite.task.TaskState;
import io.collectlite.template.Presets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The tasks table: generation, reads, counts, and the one state-change path, which checks
 * {@link TaskLifecycle} and writes the audit event in the caller's transaction.
 */
final class TaskRows {
  /** Whether task {@code t} has a final label: the one rule metrics, exports and leaderboards share. */
  static final String HAS_FINAL_LABEL = "t.state IN ('resolved', 'exported')";
  /** Task {@code t}'s final label: the reviewer's when it was reviewed, else the consensus label. */
  static final String FINAL_LABEL = "coalesce(t.review_label, t.consensus_label)";
  static final String SELECT = "SELECT t.id, t.project_id, e.example_id, t.state, t.priority, "
      + "t.required_annotations, t.template_version, e.fields_json, t.created_at "
      + "FROM tasks t JOIN source_examples e ON e.id = t.source_example_id ";
  /** The newest consensus and review decision of task {@code t}, joined as {@code c} and {@code r}. */
  private static final String GENERATE = "INSERT INTO tasks (project_id, source_example_id, state, priority, "
      + "required_annotations, active_count, submitted_count, template_version, created_at, updated_at) "
      + "SELECT e.project_id, e.id, 'created', 0, :required, 0, 0, :version, :now, :now FROM source_examples e "
      + "WHERE e.project_id = :project AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.source_example_id = e.id) "
      + "ORDER BY e.id";
  private static final String AUDIT_GENERATED = "INSERT INTO audit_events (project_id, entity, entity_id, action, "
      + "actor_id, detail, at) SELECT project_id, 'task', id, 'created', NULL, '', :now FROM tasks "
      + "WHERE project_id = :project AND id > :after ORDER BY id";

  private TaskRows() {}

  /** Creates the missing tasks of a project, set-based, with one audit event each; the caller holds the project lock. */
  static int generate(Handle h, long projectId, int required, int templateVersion, Instant now) {
    long before = h.createQuery("SELECT coalesce(max(id), 0) FROM tasks").mapTo(Long.class).one();
    int created = h.createUpdate(GENERATE).bind("project", projectId).bind("required", required)
        .bind("version", templateVersion).bind("now", now).execute();
    if (created > 0) {
      h.createUpdate(AUDIT_GENERATED).bind("project", projectId).bind("after", before).bind("now", now).execute();
      makeUploadedGold(h, projectId, before, now);
    }
    return created;
  }

  /**
   * Makes the new tasks (ids above {@code after}) of examples uploaded with a gold answer gold,
   * set-based: resolved with the gold answer, each move audited.
   */
  private static void makeUploadedGold(Handle h, long projectId, long after, Instant now) {
    String fresh = "FROM tasks t JOIN source_examples e ON e.id = t.source_example_id WHERE t.project_id = :project "
        + "AND t.id > :after AND e.gold_label IS NOT NULL";
    int gold = h.createUpdate("INSERT INTO gold_labels (task_id, project_id, label, answers, source, created_by, "
            + "created_at) SELECT t.id, t.project_id, e.gold_label, e.gold_answers, 'upload', NULL, :now " + fresh)
        .bind("project", projectId).bind("after", after).bind("now", now).execute();
    if (gold == 0) return;
    h.createUpdate("INSERT INTO audit_events (project_id, entity, entity_id, action, actor_id, detail, at) "
            + "SELECT t.project_id, 'task', t.id, 'created->resolved', NULL, 'gold ' || e.gold_label || ' (upload)', "
            + ":now " + fresh + " ORDER BY t.id")
        .bind("project", projectId).bind("after", after).bind("now", now).execute();
    h.createUpdate("UPDATE tasks SET state = 'resolved', resolved_at = :now, updated_at = :now, "
            + "gold_label = (SELECT g.label FROM gold_labels g WHERE g.task_id = tasks.id), "
            + "consensus_label = (SELECT g.label FROM gold_labels g WHERE g.task_id = tasks.id), "
            + "consensus_score = 1, consensus_method = 'gold' "
            + "WHERE project_id = :project AND id > :after AND state = 'created' "
            + "AND id IN (SELECT g.task_id FROM gold_labels g WHERE g.project_id = :project AND g.task_id > :after)")
        .bind("project", projectId).bind("after", after).bind("now", now).execute();
  }

  static Optional<Task> find(Handle h, long taskId) {
    return h.createQuery(SELECT + "WHERE t.id = :id").bind("id", taskId).mapTo(Task.class).findOne();
  }

  static Optional<Task> findByExample(Handle h, long projectId, String exampleId) {
    return h.createQuery(SELECT + "WHERE e.project_id = :project AND e.example_id = :example")
        .bind("project", projectId).bind("example", exampleId).mapTo(Task.class).findOne();
  }

  /** A task's project and state, its row locked until commit. */
  record Locked(long id, long projectId, TaskState state, int requiredAnnotations, int submittedCount,
      int activeCount) {}

  static Locked lock(Handle h, Dialect dialect, long taskId) {
    return select(h, taskId, dialect.forUpdate())
        .orElseThrow(() -> new NotFoundException("task " + taskId + " does not exist"));
  }

  /** The task's row locked without waiting: empty when another transaction holds it (or it does not exist). */
  static Optional<Locked> tryLock(Handle h, Dialect dialect, long taskId) {
    return select(h, taskId, dialect.forUpdateSkipLocked());
  }

  private static Optional<Locked> select(Handle h, long taskId, String lockClause) {
    return h.createQuery("SELECT id, project_id, state, required_annotations, submitted_count, active_count "
            + "FROM tasks WHERE id = :id" + lockClause)
        .bind("id", taskId)
        .map((rs, ctx) -> new Locked(rs.getLong(1), rs.getLong(2), TaskState.fromWire(rs.getString(3)),
            rs.getInt(4), rs.getInt(5), rs.getInt(6)))
        .findOne();
  }

  /**
   * Moves a task from {@code from} to {@code to} (legal per {@link TaskLifecycle}) and records the
   * audit event; fails with a conflict when the row is no longer in {@code from}.
   */
  static void move(Handle h, long taskId, long projectId, TaskState from, TaskState to, Optional<Long> actor,
      String detail, Instant now) {
    TaskLifecycle.require(taskId, from, to);
    int changed = h.createUpdate("UPDATE tasks SET state = :to, updated_at = :now, "
            + "resolved_at = CASE WHEN :to = 'resolved' THEN :now ELSE resolved_at END "
            + "WHERE id = :id AND state = :from")
        .bind("to", to.wire()).bind("from", from.wire()).bind("now", now).bind("id", taskId).execute();
    if (changed != 1) throw new ConflictException("task " + taskId + " is no longer " + from.wire());
    JdbcAuditLog.record(h, projectId, "task", taskId, from.wire() + "->" + to.wire(), actor, detail, now);
  }

  static Map<TaskState, Long> countByState(Handle h, long projectId) {
    Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
    h.createQuery("SELECT state, count(*) FROM tasks WHERE project_id = :project GROUP BY state")
        .bind("project", projectId)
        .map((rs, ctx) -> counts.put(TaskState.fromWire(rs.getString(1)), rs.getLong(2)))
        .forEach(ignored -> { });
    return counts;
  }

  static Map<String, Long> finalLabelCounts(Handle h, long projectId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    h.createQuery("SELECT " + FINAL_LABEL + " AS label, count(*) FROM tasks t "
            + "WHERE t.project_id = :project AND " + HAS_FINAL_LABEL + " "
            + "GROUP BY " + FINAL_LABEL + " ORDER BY 1")
        .bind("project", projectId)
        .map((rs, ctx) -> counts.put(rs.getString(1), rs.getLong(2)))
        .forEach(ignored -> { });
    return counts;
  }

  /**
   * Streams the project's tasks with a final label, in task order, with the models their rows name; the
   * caller runs this in {@link Db#stream} so the rows come through a cursor.
   */
  static void finalPreferences(Handle h, Dialect dialect, long projectId, Consumer<FinalPreference> sink) {
    String sql = "SELECT t.id, " + dialect.jsonText("e.fields_json", Presets.MODEL_A) + " AS model_a, "
        + dialect.jsonText("e.fields_json", Presets.MODEL_B) + " AS model_b, " + FINAL_LABEL + " AS final_label "
        + "FROM tasks t JOIN source_examples e ON e.id = t.source_example_id "
        + "WHERE t.project_id = :project AND " + HAS_FINAL_LABEL + " ORDER BY t.id";
    h.createQuery(sql).bind("project", projectId).setFetchSize(dialect.fetchSize())
        .map((rs, ctx) -> new FinalPreference(rs.getLong("id"), Optional.ofNullable(rs.getString("model_a")),
            Optional.ofNullable(rs.getString("model_b")),
            java.util.Objects.requireNonNullElse(rs.getString("final_label"), "")))
        .forEach(sink);
  }
}
