package io.collectlite.jdbc.internal;

import io.collectlite.annotation.Confidence;
import io.collectlite.export.AnnotatedRows;
import io.collectlite.export.ExportAnnotation;
import io.collectlite.export.ExportBody;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.ExportRow;
import io.collectlite.export.TaskFilter;
import io.collectlite.export.WrittenExport;
import io.collectlite.store.ExportStore;
import io.collectlite.task.TaskLifecycle;
import io.collectlite.task.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The exports table, and the export transaction: version, set-based resolved→exported with audit
 * events, then the exported tasks streamed through a cursor (fetch size from the dialect; on
 * PostgreSQL a real server-side cursor since the transaction has auto-commit off), each task's
 * latest suggestion of every provider and model joined in the same query. With annotations,
 * a second cursor over the project's annotations in task order runs beside it and the two are
 * merged, so neither is ever held whole.
 */
public final class JdbcExportStore implements ExportStore {
  private static final String COLUMNS = "id, project_id, version, format, schema_version, record_count, sha256, "
      + "created_by, created_at, location, template_versions, task_filter, include_annotations";
  // one statement picks the tasks and moves them, so the audit trail names exactly the tasks moved
  // (a task resolved concurrently is either in this export, audited, or left for the next one)
  private static final String MARK_EXPORTED = "UPDATE tasks SET state = 'exported', updated_at = :now "
      + "WHERE project_id = :project AND state = 'resolved' RETURNING id";
  private static final String AUDIT_EXPORTED = "INSERT INTO audit_events (project_id, entity, entity_id, action, "
      + "actor_id, detail, at) VALUES (:project, 'task', :id, 'resolved->exported', :actor, :detail, :now)";
  private static final int AUDIT_BATCH = 5_000;
  private static final String HAS_FINAL_LABEL = TaskRows.HAS_FINAL_LABEL;
  private static final String ROWS = "SELECT t.id AS task_id, e.example_id, e.fields_json, "
      + "coalesce(e.split_key, e.example_id) AS split_key, "
      + "CASE WHEN " + HAS_FINAL_LABEL + " THEN coalesce(" + TaskRows.FINAL_LABEL + ", '') END AS final_label, "
      + "coalesce(t.consensus_score, 0) AS consensus_score, "
      + "coalesce(t.consensus_method, 'none') AS consensus_method, t.submitted_count AS num_annotations, "
      + "CASE WHEN t.review_label IS NULL THEN 0 ELSE 1 END AS reviewer_override, t.template_version, t.state, "
      + "e.ingested_at, CASE WHEN " + HAS_FINAL_LABEL + " THEN coalesce(t.resolved_at, t.updated_at) END AS resolved_at, "
      + Suggestions.PREFIXED_COLUMNS + " "
      + "FROM tasks t JOIN source_examples e ON e.id = t.source_example_id "
      // each provider and model's latest suggestion. SQLite: an index range scan of model_suggestions_example
      // per row; PostgreSQL: a hash anti-join over the project's suggestions (the project test keeps other
      // projects' rows out of both sides)
      + "LEFT JOIN model_suggestions s ON s.source_example_id = t.source_example_id AND s.project_id = :project "
      + "AND NOT EXISTS (SELECT 1 FROM model_suggestions later WHERE later.source_example_id = s.source_example_id "
      + "AND later.project_id = :project AND later.id > s.id AND later.provider = s.provider "
      + "AND later.model = s.model) "
      + "WHERE t.project_id = :project";
  private static final String EXPORTED_ONLY = " AND t.state = 'exported'";
  // a task's suggestions adjacent, newest first (a task without any has one row, its s_id null)
  private static final String BY_TASK = " ORDER BY t.id, s.id DESC";
  // every annotation of the project in task order; the merge skips those of tasks not exported
  private static final String ANNOTATIONS = "SELECT n.task_id, n.annotator_id, n.answers, n.label, n.confidence, "
      + "n.notes, n.latency_ms, n.template_version, n.source, n.origin, n.created_at FROM annotations n WHERE n.project_id = :project "
      + "ORDER BY n.task_id, n.id";
  private static final RowMapper<SuggestedRows.Joined> ROW = (rs, ctx) -> {
    String exampleId = rs.getString("example_id");
    ExportRow row = new ExportRow(rs.getLong("task_id"), exampleId, rs.getString("fields_json"),
        Optional.ofNullable(rs.getString("final_label")), rs.getDouble("consensus_score"),
        rs.getString("consensus_method"), rs.getInt("num_annotations"), rs.getInt("reviewer_override") == 1,
        rs.getInt("template_version"), TaskState.fromWire(rs.getString("state")),
        Micros.toInstant(rs.getLong("ingested_at")), micros(rs, "resolved_at"), List.of(), rs.getString("split_key"));
    rs.getLong("s_id");
    boolean suggested = !rs.wasNull();
    return new SuggestedRows.Joined(row,
        suggested ? Optional.of(Suggestions.read(rs, "s_", exampleId)) : Optional.empty());
  };
  private static final RowMapper<ExportAnnotation> ANNOTATION = (rs, ctx) -> new ExportAnnotation(
      rs.getLong("task_id"), rs.getLong("annotator_id"), rs.getString("answers"), rs.getString("label"),
      Confidence.fromWire(rs.getString("confidence")), rs.getString("notes"), rs.getLong("latency_ms"),
      rs.getInt("template_version"), rs.getString("source"), java.util.Objects.requireNonNullElse(rs.getString("origin"), ""),
      Micros.toInstant(rs.getLong("created_at")));
  private static final String INSERT = "INSERT INTO exports (project_id, version, format, schema_version, "
      + "record_count, sha256, location, created_by, created_at, template_versions, task_filter, include_annotations, "
      + "max_example_id) VALUES (:project, :version, :format, :schema, :count, :sha, :location, :by, :now, :versions, "
      + ":filter, :annotations, :maxExample) RETURNING " + COLUMNS;

  private final Db db;

  /**
   * The query an export of resolved tasks streams (bound parameter {@code :project}), for
   * benchmarks that time it raw.
   */
  public static String exportRowsSql() {
    return ROWS + EXPORTED_ONLY + BY_TASK;
  }

  /** The annotations query an export with annotations streams beside the rows (bound {@code :project}). */
  public static String exportAnnotationsSql() {
    return ANNOTATIONS;
  }

  JdbcExportStore(Db db) {
    this.db = db;
  }

  @Override
  public ExportInfo create(long projectId, ExportFormat format, String schemaVersion, long createdBy, Instant now,
      ExportOptions options, ExportBody body) {
    TaskLifecycle.require(0, TaskState.RESOLVED, TaskState.EXPORTED);
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      int version = h.createQuery("SELECT coalesce(max(version), 0) + 1 FROM exports WHERE project_id = :project")
          .bind("project", projectId).mapTo(Integer.class).one();
      // every example row up to here may be in this export: near-duplicate checks leave their splits alone
      long maxExample = h.createQuery("SELECT coalesce(max(id), 0) FROM source_examples").mapTo(Long.class).one();
      markExported(h, projectId, version, createdBy, now);
      WrittenExport written = stream(h, projectId, version, options, body);
      return h.createQuery(INSERT).bind("project", projectId).bind("version", version).bind("format", format.wire())
          .bind("schema", schemaVersion).bind("count", written.recordCount()).bind("sha", written.sha256())
          .bind("location", written.location()).bind("by", createdBy).bind("now", now)
          .bind("versions", JdbiSetup.joinInts(written.templateVersions())).bind("filter", options.tasks().wire())
          .bind("annotations", options.includeAnnotations()).bind("maxExample", maxExample)
          .mapTo(ExportInfo.class).one();
    });
  }

  private static void markExported(Handle h, long projectId, int version, long actor, Instant now) {
    List<Long> ids = h.createQuery(MARK_EXPORTED).bind("project", projectId).bind("now", now)
        .mapTo(Long.class).list().stream().sorted().toList();
    for (int from = 0; from < ids.size(); from += AUDIT_BATCH) {
      PreparedBatch audit = h.prepareBatch(AUDIT_EXPORTED);
      for (Long id : ids.subList(from, Math.min(ids.size(), from + AUDIT_BATCH))) {
        audit.bind("project", projectId).bind("id", id).bind("actor", actor).bind("detail", "export v" + version)
            .bind("now", now).add();
      }
      audit.execute();
    }
  }

  private WrittenExport stream(Handle h, long projectId, int version, ExportOptions options, ExportBody body) {
    String sql = ROWS + (options.tasks() == TaskFilter.RESOLVED ? EXPORTED_ONLY : "") + BY_TASK;
    try (ResultIterator<SuggestedRows.Joined> joined = cursor(h, sql, projectId).map(ROW).iterator()) {
      var rows = new SuggestedRows(joined);
      if (!options.includeAnnotations()) return body.write(version, rows);
      try (ResultIterator<ExportAnnotation> annotations = cursor(h, ANNOTATIONS, projectId).map(ANNOTATION)
          .iterator()) {
        return body.write(version, new AnnotatedRows(rows, annotations));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("export v" + version + " of project " + projectId + " failed", e);
    }
  }

  private Query cursor(Handle h, String sql, long projectId) {
    return h.createQuery(sql).bind("project", projectId).setFetchSize(db.dialect().fetchSize());
  }

  private static Optional<Instant> micros(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(value));
  }

  @Override
  public Optional<ExportInfo> find(long exportId) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM exports WHERE id = :id").bind("id", exportId)
        .mapTo(ExportInfo.class).findOne());
  }

  @Override
  public List<ExportInfo> list(long projectId) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM exports WHERE project_id = :project "
            + "ORDER BY version DESC")
        .bind("project", projectId).mapTo(ExportInfo.class).list());
  }
}
