package io.collectlite.jdbc.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds PostgreSQL's signed dashboard rows into one row per count, off the request path: on one background
 * thread, for a project a dashboard read found piled up and, every minute, for every project whose rows
 * outnumber its counts (a busy project nobody looks at). Each statement folds at most {@value #BATCH} rows,
 * so none holds its row locks long; the triggers never wait for it (they only insert). SQLite keeps one row
 * per count and needs none of this.
 */
final class CountFolder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CountFolder.class);
  static final int BATCH = 20_000;
  /** Rows beyond the counts they hold before a project is folded. */
  static final int SLACK = 256;
  /**
   * One batch of a project's rows deleted and their sums inserted, in one statement that reports how many
   * rows it took and how many it put back.
   */
  static final String FOLD = "WITH folded AS (DELETE FROM dashboard_counts WHERE ctid IN (SELECT ctid FROM "
      + "dashboard_counts WHERE project_id = :project LIMIT " + BATCH + ") RETURNING metric, key_a, key_b, n, total), "
      + "kept AS (INSERT INTO dashboard_counts (project_id, metric, key_a, key_b, n, total) SELECT :project, metric, "
      + "key_a, key_b, sum(n), sum(total) FROM folded GROUP BY metric, key_a, key_b "
      + "HAVING sum(n) <> 0 OR sum(total) <> 0 RETURNING 1) "
      + "SELECT (SELECT count(*) FROM folded) AS taken, (SELECT count(*) FROM kept) AS kept";
  static final String PILED_UP = "SELECT project_id FROM dashboard_counts GROUP BY project_id "
      + "HAVING count(*) > 2 * count(DISTINCT (metric, key_a, key_b)) + " + SLACK;
  /** Rounds of one fold at most, so writers that never stop cannot keep it going. */
  private static final int ROUNDS = 10_000;
  private final Db db;
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "collectlite-count-folder");
    t.setDaemon(true);
    return t;
  });

  CountFolder(Db db) {
    this(db, Duration.ofMinutes(1));
  }

  /** A folder that also looks for piled-up projects every {@code sweepEvery}. */
  CountFolder(Db db, Duration sweepEvery) {
    this.db = db;
    thread.scheduleWithFixedDelay(this::sweep, sweepEvery.toMillis(), sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether {@code kept} rows holding {@code counts} counts should be folded. */
  static boolean pilesUp(long kept, long counts) {
    return kept > 2 * counts + SLACK;
  }

  /** Folds the project soon, once however often it is asked before that. */
  void request(long projectId) {
    if (pending.add(projectId)) thread.execute(() -> foldSafely(projectId));
  }

  /** Folds the project now, on the caller's thread: batch after batch, until one batch takes what is left. */
  void fold(long projectId) {
    for (int round = 0; round < ROUNDS; round++) {
      long taken = db.read(h -> h.createQuery(FOLD).bind("project", projectId).map((rs, ctx) -> rs.getLong("taken"))
          .one());
      if (taken < BATCH) return;
    }
  }

  private void sweep() {
    try {
      List<Long> projects = db.read(h -> h.createQuery(PILED_UP).mapTo(Long.class).list());
      projects.forEach(this::request);
    } catch (RuntimeException e) {
      LOG.atWarn().addKeyValue("error", e.toString()).log("dashboard counts sweep failed; the next one retries");
    }
  }

  /**
   * One statement per batch: when one fails (two folds of a project at once may deadlock) nothing of it
   * changed, the rows are still right and a later fold takes them.
   */
  private void foldSafely(long projectId) {
    pending.remove(projectId);
    try {
      fold(projectId);
    } catch (RuntimeException e) {
      LOG.atWarn().addKeyValue("project", projectId).addKeyValue("error", e.toString())
          .log("dashboard counts left unfolded; a later fold takes them");
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
