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
  private static final String OPEN = "SELECT id, updated_at FROM jobs WHERE project_id = :project AND kind = :kind "
      + "AND detail = :detail AND status IN ('queued', 'running') ORDER BY id";
  private static final String INSERT = "INSERT INTO jobs (project_id, kind, status, detail, created_by, created_at, "
      + "updated_at) VALUES (:project, :kind, 'queued', :detail, :actor, :now, :now) RETURNING id";
  private static final RowMapper<Job> ROW = (rs, ctx) -> new Job(rs.getLong("id"), rs.getLong("project_id"),
      rs.getString("kind"), JobStatus.fromWire(rs.getString("status")), rs.getString("detail"), rs.getInt("total"),
      rs.getInt("suggested"), rs.getInt("failed"), rs.getInt("skipped"), rs.getString("error"),
      Micros.toInstant(rs.getLong("created_at")), instant(rs, "started_at"), instant(rs, "finished_at"));
  private final Db db;

  JdbcJobStore(Db db) {
    this.db = db;
  }

  @Override
  public Job create(long projectId, String kind, String detail, long createdBy, Instant now) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      long stale = Micros.of(now.minus(ABANDONED_AFTER));
      for (var open : h.createQuery(OPEN).bind("project", projectId).bind("kind", kind).bind("detail", detail)
          .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()) {
        if (open[1] >= stale) {
          throw new ConflictException("job " + open[0] + " is already running " + kind + " with " + detail);
        }
        end(h, open[0], "failed", "abandoned: no progress for " + ABANDONED_AFTER.toMinutes() + " minutes", now);
      }
      return insert(h, projectId, kind, detail, createdBy, now);
    });
  }

  @Override
  public Enqueued enqueue(long projectId, String kind, String detail, long createdBy, Instant now) {
    return db.tx(h -> {
      JdbcProjectStore.lock(h, db.dialect(), projectId);
      Optional<Long> waiting = h.createQuery("SELECT id FROM jobs WHERE project_id = :project AND kind = :kind "
              + "AND detail = :detail AND status = 'queued' ORDER BY id LIMIT 1").bind("project", projectId)
          .bind("kind", kind).bind("detail", detail).mapTo(Long.class).findOne();
      if (waiting.isPresent()) return new Enqueued(find(h, waiting.get()).orElseThrow(), false);
      return new Enqueued(insert(h, projectId, kind, detail, createdBy, now), true);
    });
  }

  private static Job insert(Handle h, long projectId, String kind, String detail, long createdBy, Instant now) {
    long id = h.createQuery(INSERT).bind("project", projectId).bind("kind", kind).bind("detail", detail)
        .bind("actor", createdBy).bind("now", now).mapTo(Long.class).one();
    JdbcAuditLog.record(h, projectId, "job", id, "queued", Optional.of(createdBy), detail, now);
    return find(h, id).orElseThrow();
  }

  @Override
  public void start(long jobId, int total, int skipped, Instant now) {
    db.tx(h -> h.createUpdate("UPDATE jobs SET status = 'running', total = :total, skipped = :skipped, "
            + "started_at = :now, updated_at = :now WHERE id = :id").bind("total", total).bind("skipped", skipped)
        .bind("now", now).bind("id", jobId).execute());
  }

  @Override
  public void progress(long jobId, int suggested, int failed, Instant now) {
    db.tx(h -> h.createUpdate("UPDATE jobs SET suggested = suggested + :suggested, failed = failed + :failed, "
            + "updated_at = :now WHERE id = :id").bind("suggested", suggested).bind("failed", failed)
        .bind("now", now).bind("id", jobId).execute());
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
    int changed = h.createUpdate("UPDATE jobs SET status = :status, error = :error, finished_at = :now, "
            + "updated_at = :now WHERE id = :id AND status IN ('queued', 'running')")
        .bind("status", status).bind("error", error).bind("now", now).bind("id", jobId).execute();
    if (changed > 0) {
      long project = h.createQuery("SELECT project_id FROM jobs WHERE id = :id").bind("id", jobId).mapTo(Long.class)
          .one();
      JdbcAuditLog.record(h, project, "job", jobId, status, Optional.empty(), error, now);
    }
    return changed;
  }

  private static Optional<Job> find(Handle h, long jobId) {
    return h.createQuery("SELECT * FROM jobs WHERE id = :id").bind("id", jobId).map(ROW).findOne();
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long micros = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(micros));
  }
}
