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
  /** PostgreSQL's triggers append signed rows, which it folds in the background; SQLite's add in place. */
  private final CountFolder folder;

  JdbcMetricsStore(Db db) {
    this.db = db;
    this.folder = db.dialect() instanceof PostgresDialect ? new CountFolder(db) : null;
  }

  @Override
  public ProjectCounts counts(long projectId) {
    boolean[] pilesUp = {false};
    ProjectCounts counts = db.read(h -> DashboardCounts.read(h, projectId, pilesUp));
    if (pilesUp[0] && folder != null) folder.request(projectId);
    return counts;
  }

  /** Folds the project's signed rows now (PostgreSQL; nothing to fold on SQLite). */
  void fold(long projectId) {
    if (folder != null) folder.fold(projectId);
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
