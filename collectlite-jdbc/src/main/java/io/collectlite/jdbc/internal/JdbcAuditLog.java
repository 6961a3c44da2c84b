package io.collectlite.jdbc.internal;

import io.collectlite.audit.AuditEvent;
import io.collectlite.store.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The audit_events table: written by every store inside its own transaction, read here. */
final class JdbcAuditLog implements AuditLog {
  private static final String COLUMNS = "id, project_id, entity, entity_id, action, actor_id, detail, at";
  private static final String INSERT = "INSERT INTO audit_events (project_id, entity, entity_id, action, actor_id, "
      + "detail, at) VALUES (:project, :entity, :entityId, :action, :actor, :detail, :at)";

  private final Db db;

  JdbcAuditLog(Db db) {
    this.db = db;
  }

  /** Appends one event in the caller's transaction. */
  static void record(Handle h, long projectId, String entity, long entityId, String action, Optional<Long> actor,
      String detail, Instant at) {
    h.createUpdate(INSERT).bind("project", projectId).bind("entity", entity).bind("entityId", entityId)
        .bind("action", action).bind("actor", actor.orElse(null)).bind("detail", detail).bind("at", at).execute();
  }

  @Override
  public List<AuditEvent> forEntity(String entity, long entityId) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_events WHERE entity = :entity "
            + "AND entity_id = :id ORDER BY id")
        .bind("entity", entity).bind("id", entityId).mapTo(AuditEvent.class).list());
  }

  @Override
  public List<AuditEvent> recent(long projectId, int limit) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_events WHERE project_id = :project "
            + "ORDER BY id DESC LIMIT :limit")
        .bind("project", projectId).bind("limit", limit).mapTo(AuditEvent.class).list());
  }
}
