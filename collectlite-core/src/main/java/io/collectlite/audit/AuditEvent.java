package io.collectlite.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change, append-only. Every task state change writes one, in the same transaction.
 *
 * @param entity what changed: {@code task}, {@code project}, {@code dataset}, {@code export}, ...
 * @param action what happened, e.g. {@code created->assigned} for a task transition
 * @param actorId the user who caused it; empty for the system
 */
public record AuditEvent(long id, long projectId, String entity, long entityId, String action,
    Optional<Long> actorId, String detail, Instant at) {
  public AuditEvent {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actorId, "actorId");
    detail = Objects.requireNonNullElse(detail, "");
    Objects.requireNonNull(at, "at");
  }
}
