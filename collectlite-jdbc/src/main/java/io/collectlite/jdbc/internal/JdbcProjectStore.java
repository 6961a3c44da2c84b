package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.error.NotFoundException;
import io.collectlite.export.SplitRatios;
import io.collectlite.project.Membership;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.ProjectSummary;
import io.collectlite.project.TaskType;
import io.collectlite.store.ProjectStore;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.LabelSchemaJson;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The projects, project_members and task_templates tables. */
final class JdbcProjectStore implements ProjectStore {
  private static final String COLUMNS = "p.id, p.name, p.task_type, p.overlap, p.seed, p.owner_id, p.created_at, "
      + "p.split_train, p.split_validation, p.split_evaluation";
  /** Maps the projects columns; the three split shares become one {@link SplitRatios}. */
  static final RowMapper<Project> PROJECT = (rs, ctx) -> new Project(rs.getLong("id"), rs.getString("name"),
      TaskType.fromWire(rs.getString("task_type")), rs.getInt("overlap"), rs.getLong("seed"), rs.getLong("owner_id"),
      Micros.toInstant(rs.getLong("created_at")), new SplitRatios(rs.getDouble("split_train"),
          rs.getDouble("split_validation"), rs.getDouble("split_evaluation")));
  private static final String TEMPLATE_COLUMNS = "project_id, version, instructions, schema_json, created_at";
  private static final RowMapper<Template> TEMPLATE = (rs, ctx) -> new Template(rs.getLong("project_id"),
      rs.getInt("version"), rs.getString("instructions"), LabelSchemaJson.read(rs.getString("schema_json")),
      Micros.toInstant(rs.getLong("created_at")));

  private final Db db;

  JdbcProjectStore(Db db) {
    this.db = db;
  }

  /** A project's settings document of one kind: the projects column that holds it, and its audit action. */
  enum SettingsColumn {
    QUALITY("quality_settings", "quality settings"), SUGGESTIONS("suggestion_settings", "suggestion settings");

    private final String column;
    private final String action;

    SettingsColumn(String column, String action) {
      this.column = column;
      this.action = action;
    }
  }

  /** Stores a settings document on the project row and audits it, in the caller's transaction. */
  static void putSettings(Handle h, long projectId, SettingsColumn settings, String json, long actorId,
      Instant now) {
    h.createUpdate("UPDATE projects SET " + settings.column + " = :json WHERE id = :id").bind("json", json)
        .bind("id", projectId).execute();
    JdbcAuditLog.record(h, projectId, "project", projectId, settings.action, Optional.of(actorId), json, now);
  }

  /** Locks the project row until commit, serialising writers of per-project sequences (versions, ingest). */
  static void lock(Handle h, Dialect dialect, long projectId) {
    h.createQuery("SELECT id FROM projects WHERE id = :id" + dialect.forUpdate()).bind("id", projectId)
        .mapTo(Long.class).findOne()
        .orElseThrow(() -> new NotFoundException("project " + projectId + " does not exist"));
  }

  @Override
  public Project create(NewProject project, long seed, SplitRatios ratios, long ownerId, LabelSchema schema,
      Instant now) {
    return db.tx(h -> {
      Project created = h.createQuery("INSERT INTO projects (name, task_type, overlap, seed, owner_id, created_at, "
              + "split_train, split_validation, split_evaluation) VALUES (:name, :type, :overlap, :seed, :owner, :now, "
              + ":train, :validation, :evaluation) RETURNING " + COLUMNS.replace("p.", ""))
          .bind("name", project.name()).bind("type", project.taskType().wire()).bind("overlap", project.overlap())
          .bind("seed", seed).bind("owner", ownerId).bind("now", now).bind("train", ratios.train())
          .bind("validation", ratios.validation()).bind("evaluation", ratios.evaluation())
          .mapTo(Project.class).one();
      insertTemplate(h, created.id(), 1, project.instructions(), LabelSchemaJson.write(schema), ownerId, now);
      upsertMember(h, created.id(), ownerId, Role.OWNER, now);
      JdbcAuditLog.record(h, created.id(), "project", created.id(), "created", Optional.of(ownerId),
          created.name(), now);
      return created;
    });
  }

  @Override
  public Optional<Project> find(long projectId) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM projects p WHERE p.id = :id")
        .bind("id", projectId).mapTo(Project.class).findOne());
  }

  @Override
  public io.collectlite.project.ClaimSettings claimSettings(long projectId) {
    return db.read(h -> h.createQuery("SELECT quality_settings, suggestion_settings FROM projects WHERE id = :id")
        .bind("id", projectId)
        .map((rs, ctx) -> new io.collectlite.project.ClaimSettings(
            rs.getString(1) == null ? 0 : io.collectlite.quality.QualitySettingsJson.goldRate(rs.getString(1)),
            rs.getString(2) == null ? io.collectlite.suggestion.SuggestionSettings.DEFAULTS
                : io.collectlite.suggestion.SuggestionSettingsJson.read(rs.getString(2))))
        .findOne().orElseThrow(() -> new NotFoundException("project " + projectId + " does not exist")));
  }

  @Override
  public List<ProjectSummary> listFor(long userId) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + ", m.role FROM projects p "
            + "JOIN project_members m ON m.project_id = p.id WHERE m.user_id = :user "
            + "ORDER BY p.created_at DESC, p.id DESC")
        .bind("user", userId)
        .map((rs, ctx) -> new ProjectSummary(ctx.findRowMapperFor(Project.class).orElseThrow().map(rs, ctx),
            Role.fromWire(rs.getString("role"))))
        .list());
  }

  @Override
  public void putMember(long projectId, long userId, Role role, Instant now) {
    db.tx(h -> {
      // under the project lock, so two owners demoting each other at once cannot both succeed
      lock(h, db.dialect(), projectId);
      upsertMember(h, projectId, userId, role, now);
      int owners = h.createQuery("SELECT count(*) FROM project_members WHERE project_id = :project "
              + "AND role = 'owner'")
          .bind("project", projectId).mapTo(Integer.class).one();
      if (owners == 0) {
        throw new ConflictException("user " + userId + " is the last owner of project " + projectId
            + "; make someone else owner first");
      }
      JdbcAuditLog.record(h, projectId, "project", projectId, "member_put", Optional.empty(),
          "user " + userId + " as " + role.wire(), now);
      return null;
    });
  }

  private static void upsertMember(Handle h, long projectId, long userId, Role role, Instant now) {
    h.createUpdate("INSERT INTO project_members (project_id, user_id, role, created_at) "
            + "VALUES (:project, :user, :role, :now) "
            + "ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role")
        .bind("project", projectId).bind("user", userId).bind("role", role.wire()).bind("now", now).execute();
  }

  @Override
  public Optional<Role> roleOf(long projectId, long userId) {
    return db.read(h -> h.createQuery("SELECT role FROM project_members WHERE project_id = :project "
            + "AND user_id = :user")
        .bind("project", projectId).bind("user", userId).mapTo(Role.class).findOne());
  }

  @Override
  public List<Membership> members(long projectId) {
    return db.read(h -> h.createQuery("SELECT m.project_id, m.user_id, u.name AS user_name, m.role "
            + "FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = :project "
            + "ORDER BY m.user_id")
        .bind("project", projectId).mapTo(Membership.class).list());
  }

  @Override
  public Template currentTemplate(long projectId) {
    return db.read(h -> latestTemplate(h, projectId))
        .orElseThrow(() -> new NotFoundException("project " + projectId + " does not exist"));
  }

  private static Optional<Template> latestTemplate(Handle h, long projectId) {
    return h.createQuery("SELECT " + TEMPLATE_COLUMNS + " FROM task_templates WHERE project_id = :project "
            + "ORDER BY version DESC LIMIT 1")
        .bind("project", projectId).map(TEMPLATE).findOne();
  }

  @Override
  public Optional<Template> template(long projectId, int version) {
    return db.read(h -> h.createQuery("SELECT " + TEMPLATE_COLUMNS + " FROM task_templates "
            + "WHERE project_id = :project AND version = :version")
        .bind("project", projectId).bind("version", version).map(TEMPLATE).findOne());
  }

  @Override
  public Template addTemplateVersion(long projectId, int baseVersion, String instructions, LabelSchema schema,
      long actorId, Instant now) {
    return db.tx(h -> {
      lock(h, db.dialect(), projectId);
      Template current = latestTemplate(h, projectId).orElseThrow();
      if (current.version() != baseVersion) {
        throw new ConflictException("the template changed meanwhile (now version " + current.version()
            + "); reload it and edit again");
      }
      int version = current.version() + 1;
      insertTemplate(h, projectId, version, instructions, LabelSchemaJson.write(schema), actorId, now);
      JdbcAuditLog.record(h, projectId, "project", projectId, "template_version", Optional.of(actorId),
          "version " + version, now);
      return new Template(projectId, version, instructions, schema, now);
    });
  }

  private static void insertTemplate(Handle h, long projectId, int version, String instructions, String schemaJson,
      long actorId, Instant now) {
    h.createUpdate("INSERT INTO task_templates (project_id, version, instructions, schema_json, created_by, "
            + "created_at) VALUES (:project, :version, :instructions, :schema, :actor, :now)")
        .bind("project", projectId).bind("version", version).bind("instructions", instructions)
        .bind("schema", schemaJson).bind("actor", actorId).bind("now", now).execute();
  }

  @Override
  public String pseudonymKey(long projectId, String candidate) {
    return db.tx(h -> {
      h.createUpdate("UPDATE projects SET pseudonym_key = :key WHERE id = :project AND pseudonym_key IS NULL")
          .bind("key", candidate).bind("project", projectId).execute();
      return h.createQuery("SELECT pseudonym_key FROM projects WHERE id = :project").bind("project", projectId)
          .mapTo(String.class).one();
    });
  }
}
