package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.job.Job;
import io.collectlite.job.JobStatus;
import io.collectlite.store.JobStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The jobs table. A new job is refused while one of the same kind and detail is queued or running in the
 * project, unless that one stopped moving for {@link #ABANDONED_AFTER} (its process died): it is then marked
 * failed.
 */
final class JdbcJobStore implements JobStore {
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);
  private static final String OPEN = "SELECT id, updated_at, status FROM jobs WHERE project_id = :project AND kind = :kind "
      + "AND detail = :detail AND status IN ('queued', 'running') ORDER BY id";
  private static final String INSERT = "INSERT INTO jobs (project_id, kind, status, detail, created_by, created_at, "
      + "updated_at) VALUES (:project, :kind, 'queued', :detail, :actor, :now, :now) RETURNING id";
  private static final RowMapper<Job> ROW = (rs, ctx) -> new Job(rs.getLong("id"), rs.getLong("project_id"),
      rs.getString("kind"), JobStatus.fromWire(rs.getString("status")), rs.getString("detail"), rs.getInt("total"),
      rs.getInt("suggested"), rs.getInt("failed"), rs.getInt("skipped"), rs.getInt("found"), rs.getString("error"),
      Micros.toInstant(rs.getLong("created_at")), instant(rs, "started_at"), instant(rs, "finished_at"));
  private final Db db;

  JdbcJobStore(Db db) {
    this.db = db;
  }

  @Override
  public Job create(long projectId, String kind, String detail, long createdBy, Instant now) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      Optional<Long> open = live(h, projectId, kind, detail, now, false);
      if (open.isPresent()) {
        throw new ConflictException("job " + open.get() + " is already running " + kind + " with " + detail);
      }
      return insert(h, projectId, kind, detail, createdBy, now);
    });
  }

  @Override
  public Enqueued enqueue(long projectId, String kind, String detail, long createdBy, Instant now) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      Optional<Long> waiting = live(h, projectId, kind, detail, now, true);
      if (waiting.isPresent()) return new Enqueued(find(h, waiting.get()).orElseThrow(), false);
      return new Enqueued(insert(h, projectId, kind, detail, createdBy, now), true);
    });
  }

  /**
   * The project's live job of this kind and detail (queued only, or queued or running), after marking failed the
   * ones that stopped moving for {@link #ABANDONED_AFTER}.
   */
  private static Optional<Long> live(Handle h, long projectId, String kind, String detail, Instant now,
      boolean queuedOnly) {
    long stale = Micros.of(now.minus(ABANDONED_AFTER));
    Optional<Long> live = Optional.empty();
    for (var open : h.createQuery(OPEN).bind("project", projectId).bind("kind", kind).bind("detail", detail)
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()) {
      long id = (Long) open[0];
      if ((Long) open[1] < stale) {
        end(h, id, "failed", "abandoned: no progress for " + ABANDONED_AFTER.toMinutes() + " minutes", now);
      } else if (live.isEmpty() && (!queuedOnly || open[2].equals("queued"))) {
        live = Optional.of(id);
      }
    }
    return live;
  }

  private static Job insert(Handle h, long projectId, String kind, String detail, long createdBy, Instant now) {
    long id = h.createQuery(INSERT).bind("project", projectId).bind("kind", kind).bind("detail", detail)
        .bind("actor", createdBy).bind("now", now).mapTo(Long.class).one();
    JdbcAuditLog.record(h, projectId, "job", id, "queued", Optional.of(createdBy), detail, now);
    return find(h, id).orElseThrow();
  }

  @Override
  public boolean start(long jobId, int total, int skipped, Instant now) {
    return db.tx(h -> h.createUpdate("UPDATE jobs SET status = 'running', total = :total, skipped = :skipped, "
            + "started_at = :now, updated_at = :now WHERE id = :id AND status = 'queued'").bind("total", total)
        .bind("skipped", skipped).bind("now", now).bind("id", jobId).execute()) == 1;
  }

  @Override
  public boolean progress(long jobId, int suggested, int failed, int found, Instant now) {
    return db.tx(h -> h.createUpdate("UPDATE jobs SET suggested = suggested + :suggested, failed = failed + :failed, "
            + "found = found + :found, updated_at = :now WHERE id = :id AND status = 'running'")
        .bind("suggested", suggested).bind("failed", failed).bind("found", found).bind("now", now).bind("id", jobId)
        .execute()) == 1;
  }

  @Override
  public void finish(long jobId, Instant now) {
    db.tx(h -> end(h, jobId, "done", "", now));
  }

  @Override
  public void fail(long jobId, String error, Instant now) {
    db.tx(h -> end(h, jobId, "failed", error, now));
  }

  @Override
  public Optional<Job> find(long jobId) {
    return db.read(h -> find(h, jobId));
  }

  @Override
  public List<Job> list(long projectId, int limit) {
    return db.read(h -> h.createQuery("SELECT * FROM jobs WHERE project_id = :project ORDER BY id DESC LIMIT :limit")
        .bind("project", projectId).bind("limit", limit).map(ROW).list());
  }

  private static int end(Handle h, long jobId, String status, String error, Instant now) {
    Optional<Long> project = h.createQuery("UPDATE jobs SET status = :status, error = :error, finished_at = :now, "
            + "updated_at = :now WHERE id = :id AND status IN ('queued', 'running') RETURNING project_id")
        .bind("status", status).bind("error", error).bind("now", now).bind("id", jobId).mapTo(Long.class).findOne();
    project.ifPresent(p -> JdbcAuditLog.record(h, p, "job", jobId, status, Optional.empty(), error, now));
    return project.isPresent() ? 1 : 0;
  }

  private static Optional<Job> find(Handle h, long jobId) {
    return h.createQuery("SELECT * FROM jobs WHERE id = :id").bind("id", jobId).map(ROW).findOne();
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long micros = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(micros));
  }
}
