package io.collectlite.jdbc.internal;

import io.collectlite.suggestion.PendingExample;
import io.collectlite.suggestion.SuggestionBatch;
import io.collectlite.suggestion.SuggestionKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The writes and reads of a suggestion run: which examples a model still has to do, and one call's
 * suggestions and failures stored together, moving their open tasks from {@code created} to
 * {@code suggested} (audited) and setting their priority under active learning.
 */
final class SuggestionRuns {
  /** The examples of a project with a task that hold (%s: "") or lack ("NOT ") a suggestion under a key. */
  private static final String UNDER_KEY = "FROM source_examples e JOIN tasks t ON t.source_example_id = e.id "
      + "WHERE e.project_id = :project AND %sEXISTS (SELECT 1 FROM model_suggestions s WHERE "
      + "s.project_id = :project AND s.provider = :provider AND s.model = :model AND s.prompt_version = :prompt "
      + "AND s.source_example_id = e.id)";
  private static final String WITH = UNDER_KEY.formatted("");
  private static final String WITHOUT = UNDER_KEY.formatted("NOT ");
  private static final String INSERT = "INSERT INTO model_suggestions (project_id, source_example_id, provider, "
      + "model, prompt_version, template_version, label, answers, raw_score, rationale, confidence, latency_ms, "
      + "cost_estimate, source, origin, created_at, job_id, distribution) VALUES (:project, :example, :provider, "
      + ":model, :prompt, :version, :label, :answers, :score, :rationale, :confidence, :latency, :cost, 'generated', "
      + "'', :now, :job, :distribution)";
  private static final String FAILURE = "INSERT INTO suggestion_failures (project_id, source_example_id, job_id, "
      + "provider, model, prompt_version, error, attempts, created_at) VALUES (:project, :example, :job, :provider, "
      + ":model, :prompt, :error, :attempts, :now)";
  private static final String PRIORITY = "UPDATE tasks SET priority = :priority, updated_at = :now "
      + "WHERE source_example_id = :example AND state IN ('created', 'suggested', 'assigned') "
      + "AND priority <> :priority";

  /** TRUE in both dialects (SQLite 3.23+ reads it as 1). */
  private static final String TRUE = "TRUE";

  private SuggestionRuns() {}

  static int count(Handle h, long projectId, SuggestionKey key, boolean done) {
    return bindKey(h.createQuery("SELECT count(*) " + (done ? WITH : WITHOUT)), projectId, key)
        .mapTo(Integer.class).one();
  }

  static List<PendingExample> pending(Handle h, long projectId, SuggestionKey key, long after, int limit) {
    return bindKey(h.createQuery("SELECT e.id, e.example_id, e.fields_json " + WITHOUT
            + " AND e.id > :after ORDER BY e.id LIMIT :limit"), projectId, key)
        .bind("after", after).bind("limit", limit)
        .map((rs, ctx) -> new PendingExample(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
  }

  static void record(Handle h, Dialect dialect, SuggestionBatch batch, Instant now) {
    if (!batch.suggestions().isEmpty()) {
      PreparedBatch insert = h.prepareBatch(INSERT);
      for (SuggestionBatch.Generated g : batch.suggestions()) {
        var o = g.outcome();
        bindKey(insert, batch.projectId(), batch.key()).bind("example", g.exampleRowId())
            .bind("version", batch.templateVersion()).bind("label", g.answers().primaryKey())
            .bind("answers", g.answers().json())
            .bind("score", o.rawScore().isPresent() ? o.rawScore().getAsDouble() : null)
            .bind("rationale", o.rationale())
            .bind("confidence", o.confidence().isPresent() ? o.confidence().getAsDouble() : null)
            .bind("latency", o.latencyMillis())
            .bind("cost", o.costEstimate().isPresent() ? o.costEstimate().getAsDouble() : null)
            .bind("now", now).bind("job", batch.jobId())
            .bind("distribution", g.distributionJson().isEmpty() ? null : g.distributionJson()).add();
      }
      insert.execute();
      PreparedBatch latest = h.prepareBatch(Suggestions.KEEP_LATEST);
      for (SuggestionBatch.Generated g : batch.suggestions()) {
        latest.bind("label", g.answers().primaryKey()).bind("example", g.exampleRowId()).add();
      }
      latest.execute();
      markSuggested(h, dialect, batch, now);
      prioritize(h, batch, now);
    }
    if (!batch.failures().isEmpty()) {
      PreparedBatch insert = h.prepareBatch(FAILURE);
      for (SuggestionBatch.Failure f : batch.failures()) {
        bindKey(insert, batch.projectId(), batch.key()).bind("example", f.exampleRowId()).bind("job", batch.jobId())
            .bind("error", f.error()).bind("attempts", f.attempts()).bind("now", now).add();
      }
      insert.execute();
    }
  }

  /** The suggested examples' tasks still in {@code created}, locked, moved and audited. */
  private static void markSuggested(Handle h, Dialect dialect, SuggestionBatch batch, Instant now) {
    List<Long> examples = batch.suggestions().stream().map(SuggestionBatch.Generated::exampleRowId).toList();
    List<Long> tasks = h.createQuery("SELECT id FROM tasks WHERE project_id = :project AND state = 'created' "
            + "AND source_example_id IN (<examples>) ORDER BY id" + dialect.forUpdate())
        .bind("project", batch.projectId()).bindList("examples", examples).mapTo(Long.class).list();
    if (tasks.isEmpty()) return;
    h.createUpdate("UPDATE tasks SET state = 'suggested', updated_at = :now WHERE id IN (<tasks>)")
        .bind("now", now).bindList("tasks", tasks).execute();
    String detail = batch.key().provider() + " " + batch.key().model();
    PreparedBatch audit = h.prepareBatch("INSERT INTO audit_events (project_id, entity, entity_id, action, actor_id, "
        + "detail, at) VALUES (:project, 'task', :id, 'created->suggested', "
        // the user who started the job moved the task (null only for a job nobody started)
        + "(SELECT j.created_by FROM jobs j WHERE j.id = :job), :detail, :now)");
    for (long task : tasks) {
      audit.bind("project", batch.projectId()).bind("id", task).bind("job", batch.jobId()).bind("detail", detail)
          .bind("now", now).add();
    }
    audit.execute();
  }

  private static void prioritize(Handle h, SuggestionBatch batch, Instant now) {
    PreparedBatch update = h.prepareBatch(PRIORITY);
    int n = 0;
    for (SuggestionBatch.Generated g : batch.suggestions()) {
      if (g.priority().isEmpty()) continue;
      update.bind("priority", g.priority().getAsInt()).bind("now", now).bind("example", g.exampleRowId()).add();
      n++;
    }
    if (n > 0) update.execute();
  }

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindKey(T statement, long projectId,
      SuggestionKey key) {
    return statement.bind("project", projectId).bind("provider", key.provider()).bind("model", key.model())
        .bind("prompt", key.promptVersion());
  }

  /** The latest suggestion of each open task's example. */
  static List<io.collectlite.suggestion.OpenSuggestion> open(Handle h, long projectId) {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    return h.createQuery("SELECT s.source_example_id, s.distribution, s.confidence FROM tasks t "
            + "JOIN model_suggestions s ON s.id = (SELECT max(s2.id) FROM model_suggestions s2 "
            + "WHERE s2.source_example_id = t.source_example_id) "
            + "WHERE t.project_id = :project AND t.state IN ('created', 'suggested', 'assigned')")
        .bind("project", projectId).map((rs, ctx) -> {
          String json = rs.getString(2);
          java.util.Map<String, Double> distribution = new java.util.HashMap<>();
          if (json != null) {
            try {
              mapper.readTree(json).fields().forEachRemaining(e -> distribution.put(e.getKey(), e.getValue().asDouble()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
              throw new IllegalStateException("a stored distribution is JSON", e);
            }
          }
          double confidence = rs.getDouble(3);
          return new io.collectlite.suggestion.OpenSuggestion(rs.getLong(1), distribution,
              rs.wasNull() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(confidence));
        }).list();
  }

  /** Every open task of the project to its example's priority, 0 when none is given. */
  static void prioritize(Handle h, long projectId, java.util.Map<Long, Integer> priorities, Instant now) {
    h.createUpdate("UPDATE tasks SET priority = 0, updated_at = :now WHERE project_id = :project "
        + "AND state IN ('created', 'suggested', 'assigned') AND priority <> 0").bind("project", projectId)
        .bind("now", now).execute();
    if (priorities.isEmpty()) return;
    PreparedBatch update = h.prepareBatch(PRIORITY);
    priorities.forEach((example, priority) -> update.bind("priority", priority).bind("now", now)
        .bind("example", example).add());
    update.execute();
  }

  static Optional<Boolean> shown(Handle h, long taskId, long annotatorId) {
    return h.createQuery("SELECT coalesce(suggestions_shown, " + TRUE + ") FROM assignments WHERE task_id = :task "
            + "AND annotator_id = :annotator AND status = 'active'").bind("task", taskId).bind("annotator", annotatorId)
        .map((rs, ctx) -> rs.getBoolean(1)).findOne();
  }
}
