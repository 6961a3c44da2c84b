package io.collectlite.jdbc.internal;

import io.collectlite.metrics.ProjectCounts;
import io.collectlite.store.MetricsStore;
import java.util.Map;

/**
 * The metrics port: the counts the triggers keep ({@link DashboardCounts}, folded by a {@link CountFolder} on
 * PostgreSQL) and two reads of {@link MetricsQueries}.
 */
final class JdbcMetricsStore implements MetricsStore, AutoCloseable {
  private final Db db;
  /** Folds PostgreSQL's signed rows in the background; null on SQLite, whose triggers add in place. */
  private final CountFolder folder;

  JdbcMetricsStore(Db db) {
    this.db = db;
    this.folder = db.dialect() instanceof PostgresDialect ? new CountFolder(db) : null;
  }

  @Override
  public ProjectCounts counts(long projectId) {
    DashboardCounts.Read read = db.read(h -> DashboardCounts.read(h, projectId));
    if (read.pilesUp() && folder != null) folder.request(projectId);
    return read.counts();
  }

  @Override
  public void close() {
    if (folder != null) folder.close();
  }

  @Override
  public Map<String, Long> reviewReasons(long projectId) {
    return db.read(h -> MetricsQueries.reviewReasons(h, projectId));
  }

  @Override
  public String revision(long projectId) {
    return db.read(h -> MetricsQueries.revision(h, db.dialect(), projectId));
  }
}
