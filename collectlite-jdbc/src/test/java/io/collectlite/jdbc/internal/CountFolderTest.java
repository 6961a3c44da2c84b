package io.collectlite.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's signed dashboard rows folded by the background sweep, for a project nobody reads: every sum
 * kept, counts that net to zero gone, one row per count left, in batches smaller than the pile.
 */
class CountFolderTest {
  @Test
  void theSweepFoldsAPiledUpProjectKeepingEverySum() throws Exception {
    String schema = "collectlite_fold_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (Connection admin = DriverManager.getConnection(TestPostgres.adminUrl())) {
      admin.createStatement().execute("CREATE SCHEMA " + schema);
    }
    String url = TestPostgres.adminUrl() + (TestPostgres.adminUrl().contains("?") ? "&" : "?") + "currentSchema="
        + schema;
    try (Store store = JdbcStores.open(url); Connection raw = DriverManager.getConnection(url)) {
      // 70,000 rows (more than three batches) over 3 counts of project 7, one of which nets to zero
      raw.createStatement().executeUpdate("INSERT INTO dashboard_counts (project_id, metric, key_a, n, total) "
          + "SELECT 7, 'work', (i % 2)::text, 1, i % 5 FROM generate_series(1, 60000) i");
      raw.createStatement().executeUpdate("INSERT INTO dashboard_counts (project_id, metric, key_a, n) "
          + "SELECT 7, 'work', '2', CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END FROM generate_series(1, 10000) i");
      raw.createStatement().executeUpdate("INSERT INTO dashboard_counts (project_id, metric, key_a, n) "
          + "VALUES (8, 'work', '1', 4)");
      Map<String, String> before = sums(raw);
      try (CountFolder folder = new CountFolder(((JdbcStore) store).db(), Duration.ofMillis(100))) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (rows(raw, 7) > 2 && System.nanoTime() < deadline) Thread.sleep(50);
      }
      assertThat(rows(raw, 7)).isEqualTo(2);
      assertThat(rows(raw, 8)).isEqualTo(1);
      Map<String, String> after = sums(raw);
      assertThat(before.remove("7/work/2")).isEqualTo("0 0");
      assertThat(after).isEqualTo(before);
    } finally {
      try (Connection admin = DriverManager.getConnection(TestPostgres.adminUrl())) {
        admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static long rows(Connection raw, long project) throws Exception {
    try (Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM dashboard_counts WHERE project_id = " + project)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, String> sums(Connection raw) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery("SELECT project_id, metric, key_a, "
        + "sum(n), sum(total) FROM dashboard_counts GROUP BY project_id, metric, key_a")) {
      while (rs.next()) {
        sums.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4) + " " + rs.getLong(5));
      }
    }
    return sums;
  }
}
