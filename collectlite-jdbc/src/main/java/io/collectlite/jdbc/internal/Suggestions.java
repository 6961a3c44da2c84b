package io.collectlite.jdbc.internal;

import io.collectlite.importing.ImportBatch;
import io.collectlite.importing.ImportedPrediction;
import io.collectlite.suggestion.ModelSuggestion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The model_suggestions table. */
final class Suggestions {
  private static final String INSERT_IMPORTED = "INSERT INTO model_suggestions (project_id, source_example_id, "
      + "provider, model, prompt_version, template_version, label, answers, raw_score, rationale, confidence, "
      + "source, import_id, origin, created_at) VALUES (:project, :example, :provider, :model, :prompt, :version, "
      + ":label, :answers, :score, :rationale, :confidence, 'import', :import, :origin, :createdAt)";
  private static final String SAME = "SELECT 1 FROM model_suggestions WHERE source_example_id = :example "
      + "AND model = :model AND provider = :provider AND prompt_version = :prompt AND answers = :answers";
  private static final RowMapper<ModelSuggestion> ROW = (rs, ctx) -> read(rs, "", rs.getString("example_id"));
  /** The columns {@link #read} reads, each {@code s.<column> AS s_<column>}, for queries that join suggestions. */
  static final String PREFIXED_COLUMNS = "s.id AS s_id, s.provider AS s_provider, s.model AS s_model, "
      + "s.prompt_version AS s_prompt_version, s.template_version AS s_template_version, s.label AS s_label, "
      + "s.answers AS s_answers, s.raw_score AS s_raw_score, s.rationale AS s_rationale, "
      + "s.confidence AS s_confidence, s.latency_ms AS s_latency_ms, s.cost_estimate AS s_cost_estimate, "
      + "s.source AS s_source, s.origin AS s_origin, s.created_at AS s_created_at";

  private Suggestions() {}

  /** Keeps the label of an example's newest suggestion on its task (the dashboard compares it with the final label). */
  static final String KEEP_LATEST = "UPDATE tasks SET model_label = :label WHERE source_example_id = :example";

  /** Whether the example already holds this model's same answers under the same prompt version. */
  static boolean holdsSame(Handle h, long exampleRowId, ImportedPrediction p) {
    return h.createQuery(SAME).bind("example", exampleRowId).bind("model", p.model()).bind("provider", p.provider())
        .bind("prompt", p.promptVersion()).bind("answers", p.answers().json()).mapTo(Integer.class).findFirst()
        .isPresent();
  }

  static void insertImported(Handle h, ImportBatch batch, long importId, long exampleRowId, ImportedPrediction p) {
    h.createUpdate(INSERT_IMPORTED).bind("project", batch.projectId()).bind("example", exampleRowId)
        .bind("provider", p.provider()).bind("model", p.model()).bind("prompt", p.promptVersion())
        .bind("version", batch.templateVersion()).bind("label", p.answers().primaryKey())
        .bind("answers", p.answers().json())
        .bind("score", p.score().isPresent() ? p.score().getAsDouble() : null)
        .bind("rationale", p.rationale())
        .bind("confidence", p.confidence().isPresent() ? p.confidence().getAsDouble() : null)
        .bind("import", importId).bind("origin", p.origin()).bind("createdAt", p.createdAt()).execute();
    h.createUpdate(KEEP_LATEST).bind("label", p.answers().primaryKey()).bind("example", exampleRowId).execute();
  }

  static List<ModelSuggestion> forExample(Handle h, long projectId, String exampleId) {
    return h.createQuery("SELECT s.*, e.example_id FROM model_suggestions s "
            + "JOIN source_examples e ON e.id = s.source_example_id "
            + "WHERE e.project_id = :project AND e.example_id = :example ORDER BY s.id")
        .bind("project", projectId).bind("example", exampleId).map(ROW).list();
  }

  /** The newest suggestion for a task's example: the one the review rules compare with consensus. */
  static java.util.Optional<ModelSuggestion> latestForTask(Handle h, long taskId) {
    return h.createQuery("SELECT s.*, e.example_id FROM tasks t JOIN source_examples e ON e.id = t.source_example_id "
            + "JOIN model_suggestions s ON s.source_example_id = t.source_example_id WHERE t.id = :task "
            + "ORDER BY s.id DESC LIMIT 1")
        .bind("task", taskId).map(ROW).findOne();
  }

  /** A suggestion from columns named {@code <prefix><column>} (every column of the table but the ids and import). */
  static ModelSuggestion read(ResultSet rs, String prefix, String exampleId) throws SQLException {
    return new ModelSuggestion(rs.getLong(prefix + "id"), exampleId, rs.getString(prefix + "provider"),
        rs.getString(prefix + "model"), rs.getString(prefix + "prompt_version"), rs.getInt(prefix + "template_version"),
        rs.getString(prefix + "label"), rs.getString(prefix + "answers"), real(rs, prefix + "raw_score"),
        rs.getString(prefix + "rationale"), real(rs, prefix + "confidence"), whole(rs, prefix + "latency_ms"),
        real(rs, prefix + "cost_estimate"), rs.getString(prefix + "source"), rs.getString(prefix + "origin"),
        Micros.toInstant(rs.getLong(prefix + "created_at")));
  }

  private static OptionalDouble real(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static OptionalLong whole(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
