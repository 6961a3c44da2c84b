package io.collectlite.jdbc.internal;

import io.collectlite.user.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The users an import's annotations belong to, by name. A user of that name must already annotate
 * (or own) the project: an import never enrols an existing account. A name no user has is created
 * with a token nobody holds (the owner issues one with a token rotation when the person should sign
 * in) and made an annotator of the project. Names arrive checked by the line parser (stripped,
 * non-blank, no NUL, at most 200 characters). Not thread-safe; one per import.
 */
final class ImportUsers {
  /** Never a SHA-256 hex digest, so no bearer token hashes to it. */
  private static final String UNUSABLE = "unusable:";
  private static final String FIND = "SELECT u.id, m.role FROM users u LEFT JOIN project_members m "
      + "ON m.user_id = u.id AND m.project_id = :project WHERE u.name = :name";

  private final Handle h;
  private final long projectId;
  private final long ownerId;
  private final String fileName;
  private final Instant now;
  private final Map<String, Long> ids = new HashMap<>();

  ImportUsers(Handle h, long projectId, long ownerId, String fileName, Instant now) {
    this.h = h;
    this.projectId = projectId;
    this.ownerId = ownerId;
    this.fileName = fileName;
    this.now = now;
  }

  /**
   * The id of the user of that name who annotates or owns the project; empty when no user has the
   * name. Throws {@link LineRefused} when a user of that name may not annotate here.
   */
  Optional<Long> annotator(String name) {
    Long known = ids.get(name);
    if (known != null) return Optional.of(known);
    Optional<Member> found = h.createQuery(FIND).bind("project", projectId).bind("name", name)
        .map((rs, ctx) -> new Member(rs.getLong(1), Optional.ofNullable(rs.getString(2)))).findOne();
    if (found.isEmpty()) return Optional.empty();
    boolean annotates = found.get().role().map(r -> r.equals(Role.ANNOTATOR.wire()) || r.equals(Role.OWNER.wire()))
        .orElse(false);
    if (!annotates) throw notAnAnnotator(name);
    ids.put(name, found.get().id());
    return Optional.of(found.get().id());
  }

  private record Member(long id, Optional<String> role) {}

  /**
   * Creates the user of a name {@link #annotator} found no user for, as an annotator of the project;
   * throws {@link LineRefused} when another transaction took the name meanwhile.
   */
  long create(String name) {
    // DO NOTHING rather than a unique violation, which would abort the whole import on PostgreSQL
    long id = h.createQuery("INSERT INTO users (name, token_hash, created_at) VALUES (:name, :hash, :now) "
            + "ON CONFLICT (name) DO NOTHING RETURNING id")
        .bind("name", name).bind("hash", UNUSABLE + UUID.randomUUID()).bind("now", now).mapTo(Long.class)
        .findOne().orElseThrow(() -> notAnAnnotator(name));
    JdbcAuditLog.record(h, projectId, "user", id, "created_by_import", Optional.of(ownerId), name + " (" + fileName
        + ")", now);
    h.createUpdate("INSERT INTO project_members (project_id, user_id, role, created_at) "
            + "VALUES (:project, :user, :role, :now)")
        .bind("project", projectId).bind("user", id).bind("role", Role.ANNOTATOR.wire()).bind("now", now).execute();
    JdbcAuditLog.record(h, projectId, "project", projectId, "member_put", Optional.of(ownerId),
        "user " + id + " as " + Role.ANNOTATOR.wire() + " (import " + fileName + ")", now);
    ids.put(name, id);
    return id;
  }

  private static LineRefused notAnAnnotator(String name) {
    return new LineRefused("annotator", "user '" + name + "' exists but is not an annotator of this project; add "
        + "them as an annotator first or use another name");
  }
}
