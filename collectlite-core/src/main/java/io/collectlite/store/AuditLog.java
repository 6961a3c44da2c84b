package io.collectlite.store;

import io.collectlite.audit.AuditEvent;
import java.util.List;

/** Reads the append-only audit trail (stores write it inside their own transactions). */
public interface AuditLog {
  /** The events about one entity, oldest first. */
  List<AuditEvent> forEntity(String entity, long entityId);

  /** A project's most recent events, newest first. */
  List<AuditEvent> recent(long projectId, int limit);
}
