package io.collectlite.jdbc.internal;

import io.collectlite.metrics.ProjectCounts;
import io.collectlite.store.MetricsStore;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The metrics port: the counts the triggers keep ({@link DashboardCounts}) and two reads of {@link MetricsQueries}. */
final class JdbcMetricsStore implements MetricsStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcMetricsStore.class);
  private final Db db;

  JdbcMetricsStore(Db db) {
    this.db = db;
  }

  @Override
  public ProjectCounts counts(long projectId) {
    boolean[] needsFolding = {false};
    ProjectCounts counts = db.read(h -> DashboardCounts.read(h, projectId, needsFolding));
    if (needsFolding[0]) fold(projectId);
    return counts;
  }

  /**
   * Folds the project's rows for the next read. One atomic statement: when it fails (two readers folding at
   * once may deadlock on PostgreSQL) nothing changed, the rows are still right and a later read folds them.
   */
  private void fold(long projectId) {
    try {
      db.read(h -> {
        DashboardCounts.fold(h, projectId);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.atInfo().addKeyValue("project", projectId).addKeyValue("error", e.toString())
          .log("dashboard counts left unfolded; a later read folds them");
    }
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
