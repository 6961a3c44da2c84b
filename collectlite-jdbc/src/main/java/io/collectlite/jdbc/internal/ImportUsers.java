package io.collectlite.jdbc.internal;

import io.collectlite.user.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The users an import's annotations belong to, by name: found, or created with a token nobody
 * holds (the owner issues one with a token rotation when the person should sign in), and made an
 * annotator of the project when they are not a member. Not thread-safe; one per import.
 */
final class ImportUsers {
  /** Never a SHA-256 hex digest, so no bearer token hashes to it. */
  private static final String UNUSABLE = "unusable:";

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

  /** The id of the user of that name, a member of the project. */
  long member(String name) {
    return ids.computeIfAbsent(name, this::resolve);
  }

  private long resolve(String name) {
    long id = h.createQuery("SELECT id FROM users WHERE name = :name").bind("name", name).mapTo(Long.class)
        .findOne().orElseGet(() -> create(name));
    boolean member = h.createQuery("SELECT 1 FROM project_members WHERE project_id = :project AND user_id = :user")
        .bind("project", projectId).bind("user", id).mapTo(Integer.class).findOne().isPresent();
    if (!member) {
      h.createUpdate("INSERT INTO project_members (project_id, user_id, role, created_at) "
              + "VALUES (:project, :user, :role, :now)")
          .bind("project", projectId).bind("user", id).bind("role", Role.ANNOTATOR.wire()).bind("now", now).execute();
      JdbcAuditLog.record(h, projectId, "project", projectId, "member_put", Optional.of(ownerId),
          "user " + id + " as " + Role.ANNOTATOR.wire() + " (import " + fileName + ")", now);
    }
    return id;
  }

  private long create(String name) {
    long id = h.createQuery("INSERT INTO users (name, token_hash, created_at) VALUES (:name, :hash, :now) "
            + "RETURNING id")
        .bind("name", name).bind("hash", UNUSABLE + UUID.randomUUID()).bind("now", now).mapTo(Long.class).one();
    JdbcAuditLog.record(h, projectId, "user", id, "created_by_import", Optional.of(ownerId), name + " (" + fileName
        + ")", now);
    return id;
  }
}
