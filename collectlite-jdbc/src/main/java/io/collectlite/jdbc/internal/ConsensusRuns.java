package io.collectlite.jdbc.internal;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.Confidence;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.ReviewReason;
import io.collectlite.quality.TaskEvidence;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import java.sql.PreparedStatement;

/**
 * Consensus recomputes: reading every decided task's votes in one pass, and writing a run's results
 * set-based (batched inserts and updates over the project's decided tasks, locked in id order).
 */
final class ConsensusRuns {
  private static final String DECIDED = "t.project_id = :project AND t.state IN ('needs_review', 'resolved', 'exported') "
      + "AND t.gold_label IS NULL";
  private static final String VOTES = "SELECT n.task_id, n.annotator_id, n.label, n.confidence FROM annotations n "
      + "JOIN tasks t ON t.id = n.task_id WHERE " + DECIDED + " ORDER BY n.task_id, n.id";
  private static final String SUGGESTIONS = "SELECT t.id, s.label, s.confidence FROM tasks t "
      + "JOIN model_suggestions s ON s.source_example_id = t.source_example_id WHERE " + DECIDED
      + " AND s.id = (SELECT max(m.id) FROM model_suggestions m WHERE m.source_example_id = t.source_example_id)";
  private static final String LOCK = "SELECT t.id FROM tasks t WHERE " + DECIDED + " ORDER BY t.id";
  // a statement of its own, after the lock: on PostgreSQL a SELECT ... FOR UPDATE that waited for a
  // row re-reads that row but evaluates its sub-selects on its first snapshot, which would miss a
  // consensus version committed meanwhile
  private static final String CURRENT = "SELECT t.id, t.state, t.review_label IS NOT NULL, t.consensus_label, "
      + "coalesce(c.version, 0), c.reasons FROM tasks t LEFT JOIN consensus_results c ON c.task_id = t.id AND c.version = "
      + "(SELECT max(v.version) FROM consensus_results v WHERE v.task_id = t.id) WHERE " + DECIDED;
  private static final String INSERT_RUN = "INSERT INTO consensus_runs (project_id, method, settings, model, tasks, "
      + "changed, created_by, created_at) VALUES (:project, :method, :settings, :model, 0, 0, :actor, :now) RETURNING id";
  private static final String INSERT_RESULT = "INSERT INTO consensus_results (task_id, version, label, score, "
      + "annotations, method, reasons, run_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_TASK = "UPDATE tasks SET consensus_label = ?, consensus_score = ?, "
      + "consensus_method = ?, updated_at = ? WHERE id = ?";
  private static final String MOVE = "UPDATE tasks SET state = ?, updated_at = ?, "
      + "resolved_at = CASE WHEN ? = 'resolved' THEN ? ELSE resolved_at END WHERE id = ? AND state = ?";
  private static final String AUDIT = "INSERT INTO audit_events (project_id, entity, entity_id, action, actor_id, "
      + "detail, at) VALUES (?, 'task', ?, ?, ?, ?, ?)";
  private static final String COLUMNS = "id, project_id, method, settings, model, tasks, changed, created_by, created_at";
  private static final RowMapper<ConsensusRun> RUN = (rs, ctx) -> {
    long by = rs.getLong("created_by");
    return new ConsensusRun(rs.getLong("id"), rs.getLong("project_id"),
        AggregationMethod.fromWire(rs.getString("method")), rs.getString("settings"), rs.getString("model"),
        rs.getInt("tasks"), rs.getInt("changed"), rs.wasNull() ? Optional.empty() : Optional.of(by),
        Micros.toInstant(rs.getLong("created_at")));
  };

  private ConsensusRuns() {}

  /** Every decided task's evidence: only the annotation fields consensus reads are filled in. */
  static List<TaskEvidence> decided(Handle h, long projectId) {
    Map<Long, ModelSuggestion> suggestions = new HashMap<>();
    h.createQuery(SUGGESTIONS).bind("project", projectId)
        .map((rs, ctx) -> {
          double confidence = rs.getDouble(3);
          OptionalDouble c = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(confidence);
          return suggestions.put(rs.getLong(1), new ModelSuggestion(0, "", "", "", "", 0, rs.getString(2), "{}",
              OptionalDouble.empty(), "", c, OptionalLong.empty(), OptionalDouble.empty(), "generated", "",
              Instant.EPOCH));
        })
        .forEach(ignored -> { });
    List<TaskEvidence> tasks = new ArrayList<>();
    List<Annotation> current = new ArrayList<>();
    long[] task = {-1};
    h.createQuery(VOTES).bind("project", projectId).setFetchSize(5_000)
        .map((rs, ctx) -> new Annotation(0, rs.getLong(1), rs.getLong(2), "", rs.getString(3), "{}",
            Confidence.fromWire(rs.getString(4)), "", 0, 0, Annotation.WORKBENCH, "", "", Instant.EPOCH))
        .forEach(a -> {
          if (a.taskId() != task[0] && !current.isEmpty()) {
            tasks.add(new TaskEvidence(task[0], current, Optional.ofNullable(suggestions.get(task[0]))));
            current.clear();
          }
          task[0] = a.taskId();
          current.add(a);
        });
    if (!current.isEmpty()) {
      tasks.add(new TaskEvidence(task[0], current, Optional.ofNullable(suggestions.get(task[0]))));
    }
    return tasks;
  }

  static ConsensusRun save(Handle h, Dialect dialect, long projectId, AggregationMethod method, String settings, String model,
      Map<Long, ConsensusResult> results, Optional<Long> actor, Instant now) {
    h.createQuery(LOCK + dialect.forUpdate()).bind("project", projectId).mapTo(Long.class).forEach(id -> { });
    Map<Long, Current> locked = new HashMap<>();
    h.createQuery(CURRENT).bind("project", projectId)
        .map((rs, ctx) -> new Current(rs.getLong(1), TaskState.fromWire(rs.getString(2)), rs.getBoolean(3),
            rs.getString(4), rs.getInt(5), Reviews.reasons(rs.getString(6))))
        .forEach(c -> locked.put(c.id(), c));
    long run = h.createQuery(INSERT_RUN).bind("project", projectId).bind("method", method.wire())
        .bind("settings", settings).bind("model", model).bind("actor", actor.orElse(null)).bind("now", now)
        .mapTo(Long.class).one();
    int decided = 0;
    int changed = 0;
    // plain JDBC batches: Jdbi's named-parameter batches cost several times more per row at this size
    try (PreparedStatement inserts = h.getConnection().prepareStatement(INSERT_RESULT);
        PreparedStatement updates = h.getConnection().prepareStatement(UPDATE_TASK);
        PreparedStatement moves = h.getConnection().prepareStatement(MOVE);
        PreparedStatement audits = h.getConnection().prepareStatement(AUDIT)) {
      long at = Micros.of(now);
      int moved = 0;
      for (long id : results.keySet().stream().sorted().toList()) {
        Current task = locked.get(id);
        // a task that left the decided states since its evidence was read (made gold) is not touched
        if (task == null) continue;
        ConsensusResult r = task.keepStanding(results.get(id));
        decided++;
        inserts.setLong(1, id);
        inserts.setInt(2, task.version() + 1);
        inserts.setString(3, r.label());
        inserts.setDouble(4, r.score());
        inserts.setInt(5, r.annotations());
        inserts.setString(6, r.method());
        inserts.setString(7, Reviews.wire(r.reasons()));
        inserts.setLong(8, run);
        inserts.setLong(9, at);
        inserts.addBatch();
        updates.setString(1, r.label());
        updates.setDouble(2, r.score());
        updates.setString(3, r.method());
        updates.setLong(4, at);
        updates.setLong(5, id);
        updates.addBatch();
        TaskState target = task.target(r);
        if (target != task.state() || !r.label().equals(task.label())) changed++;
        if (target == task.state()) continue;
        io.collectlite.task.TaskLifecycle.require(id, task.state(), target);
        moves.setString(1, target.wire());
        moves.setLong(2, at);
        moves.setString(3, target.wire());
        moves.setLong(4, at);
        moves.setLong(5, id);
        moves.setString(6, task.state().wire());
        moves.addBatch();
        audits.setLong(1, projectId);
        audits.setLong(2, id);
        audits.setString(3, task.state().wire() + "->" + target.wire());
        if (actor.isPresent()) {
          audits.setLong(4, actor.get());
        } else {
          audits.setNull(4, java.sql.Types.BIGINT);
        }
        audits.setString(5, "recompute " + run + ": " + r.method() + " " + r.label()
            + (r.needsReview() ? " review: " + Reviews.wire(r.reasons()) : ""));
        audits.setLong(6, at);
        audits.addBatch();
        moved++;
      }
      if (decided > 0) {
        inserts.executeBatch();
        updates.executeBatch();
      }
      if (moved > 0) {
        for (int count : moves.executeBatch()) {
          if (count != 1) throw new io.collectlite.error.ConflictException("a task moved while consensus was recomputed");
        }
        audits.executeBatch();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("storing consensus run " + run + " failed", e);
    }
    h.createUpdate("UPDATE consensus_runs SET tasks = :tasks, changed = :changed WHERE id = :id")
        .bind("tasks", decided).bind("changed", changed).bind("id", run).execute();
    return h.createQuery("SELECT " + COLUMNS + " FROM consensus_runs WHERE id = :id").bind("id", run).map(RUN).one();
  }

  static List<ConsensusRun> runs(Handle h, long projectId, int limit) {
    return h.createQuery("SELECT " + COLUMNS + " FROM consensus_runs WHERE project_id = :project "
            + "ORDER BY id DESC LIMIT :limit")
        .bind("project", projectId).bind("limit", limit).map(RUN).list();
  }

  /** A decided task as locked before the run's results are written, with its latest reasons. */
  private record Current(long id, TaskState state, boolean reviewed, String label, int version,
      List<ReviewReason> reasons) {
    /** The result with the reasons a recompute cannot answer, while the task still waits for review. */
    ConsensusResult keepStanding(ConsensusResult r) {
      if (state != TaskState.NEEDS_REVIEW) return r;
      List<ReviewReason> merged = new ArrayList<>(r.reasons());
      reasons.stream().filter(ReviewReason::standsRecompute).filter(x -> !merged.contains(x)).forEach(merged::add);
      return merged.size() == r.reasons().size() ? r
          : new ConsensusResult(r.label(), r.score(), r.annotations(), r.method(), merged);
    }

    /** Where the task goes: a reviewer's decision stands; otherwise the result routes it. */
    TaskState target(ConsensusResult r) {
      if (reviewed) return state;
      if (r.needsReview()) return state == TaskState.NEEDS_REVIEW ? state : TaskState.NEEDS_REVIEW;
      return state == TaskState.NEEDS_REVIEW ? TaskState.RESOLVED : state;
    }
  }
}
