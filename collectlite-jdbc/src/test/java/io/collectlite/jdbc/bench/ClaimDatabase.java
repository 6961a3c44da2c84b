package io.collectlite.jdbc.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL side of the claim benchmark: one scratch schema holding both the CollectLite store
 * and the bare queue table, the bare claim, table statistics, VACUUM and EXPLAIN probes.
 */
final class ClaimDatabase implements AutoCloseable {
  /** The naive claim of DESIGN.md, verbatim. */
  static final String BARE_CLAIM = "UPDATE bare_tasks SET claimed = claimed + 1 WHERE id = (SELECT id FROM bare_tasks "
      + "WHERE claimed < required ORDER BY priority DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id";
  /**
   * The queue read of CollectLite's claim (Assignments.NEXT, PostgreSQL dialect), for EXPLAIN
   * probes only; the benchmark itself claims through {@code CollectLite.claimNext}.
   */
  static final String LITE_NEXT = "SELECT t.id, t.state FROM tasks t WHERE t.project_id = %d "
      + "AND t.state IN ('created', 'suggested', 'assigned') "
      + "AND t.active_count + t.submitted_count < t.required_annotations "
      + "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND a.annotator_id = %d "
      + "LIMIT 1 OFFSET 0) "
      + "ORDER BY t.priority DESC, t.id LIMIT 1 FOR UPDATE SKIP LOCKED";
  private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
  private static final Pattern BUFFERS = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");
  private static final Pattern FILTERED = Pattern.compile("Rows Removed by Filter: (\\d+)");

  private final String adminUrl;
  private final String schema = "collectlite_claimbench_" + ProcessHandle.current().pid();
  private final String schemaUrl;
  private HikariDataSource barePool;

  ClaimDatabase(String adminUrl) throws Exception {
    this.adminUrl = adminUrl;
    this.schemaUrl = adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
  }

  String serverVersion() throws Exception {
    return queryString("SHOW server_version");
  }

  /** A CollectLite store (Flyway-migrated) in the scratch schema: the production pool of 16 connections. */
  Store openStore() {
    return JdbcStores.open(schemaUrl);
  }

  /**
   * The bare table of DESIGN.md, filled with {@code rows} open tasks needing {@code required}
   * claims each, all at priority 0 (as generated CollectLite tasks are); a pool as large as the store's.
   */
  void createBare(int rows, int required) throws Exception {
    execute("CREATE TABLE bare_tasks (id bigserial PRIMARY KEY, priority int, claimed int DEFAULT 0, required int)",
        "INSERT INTO bare_tasks (priority, claimed, required) SELECT 0, 0, " + required
            + " FROM generate_series(1, " + rows + ")",
        "CREATE INDEX bare_tasks_queue ON bare_tasks (priority DESC, id)");
    HikariConfig config = new HikariConfig();
    config.setPoolName("bare");
    config.setJdbcUrl(schemaUrl);
    config.setMaximumPoolSize(16);
    barePool = new HikariDataSource(config);
  }

  /** One bare claim in auto-commit; true when it claimed a row. */
  boolean bareClaim() throws Exception {
    try (Connection c = barePool.getConnection(); PreparedStatement ps = c.prepareStatement(BARE_CLAIM);
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  void vacuumAnalyze(List<String> tables) throws Exception {
    List<String> sql = new ArrayList<>();
    for (String table : tables) sql.add("VACUUM ANALYZE " + table);
    execute(sql.toArray(String[]::new));
  }

  /** Every table of the scratch schema whose name is not {@code bare_tasks}: the store's tables. */
  List<String> storeTables() throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            + "AND tablename <> 'bare_tasks' ORDER BY tablename")) {
      while (rs.next()) tables.add(rs.getString(1));
    }
    return tables;
  }

  /** A table's activity counters, as pg_stat_user_tables reports them, and its queue index size. */
  record TableStats(long live, long dead, long updates, long hotUpdates, long autovacuums, long indexBytes) {
    TableStats since(TableStats base) {
      return new TableStats(live, dead, updates - base.updates, hotUpdates - base.hotUpdates,
          autovacuums - base.autovacuums, indexBytes);
    }

    String describe() {
      return String.format("dead %,d, updates %,d of which HOT %,d (%.0f%%), autovacuums %d, queue index %,d kB",
          dead, updates, hotUpdates, updates == 0 ? 0.0 : 100.0 * hotUpdates / updates, autovacuums,
          indexBytes / 1024);
    }
  }

  /**
   * Counters of each table; {@code queueIndexes} names the index whose size to report per table.
   * Waits briefly first: PostgreSQL 14 backends report their counters at most every 500 ms.
   */
  Map<String, TableStats> stats(Map<String, String> queueIndexes) throws Exception {
    Thread.sleep(700);
    Map<String, TableStats> stats = new LinkedHashMap<>();
    try (Connection c = connect()) {
      for (Map.Entry<String, String> e : queueIndexes.entrySet()) {
        try (PreparedStatement ps = c.prepareStatement("SELECT n_live_tup, n_dead_tup, n_tup_upd, n_tup_hot_upd, "
            + "autovacuum_count, pg_relation_size(to_regclass(?)) FROM pg_stat_user_tables "
            + "WHERE schemaname = current_schema() AND relname = ?")) {
          ps.setString(1, schema + "." + e.getValue());
          ps.setString(2, e.getKey());
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            stats.put(e.getKey(), new TableStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6)));
          }
        }
      }
    }
    return stats;
  }

  /** What one EXPLAIN (ANALYZE, BUFFERS) of a claim query saw, run in a transaction rolled back. */
  record Probe(double millis, long buffers, long filtered, String plan) {
    String describe() {
      return String.format("%.2f ms, %,d buffers, %,d rows removed by filter", millis, buffers, filtered);
    }
  }

  Probe explain(String query) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
        while (rs.next()) plan.append(rs.getString(1)).append('\n');
      } finally {
        c.rollback();
      }
    }
    String text = plan.toString();
    Matcher time = EXECUTION.matcher(text);
    double millis = time.find() ? Double.parseDouble(time.group(1)) : Double.NaN;
    Matcher buffers = BUFFERS.matcher(text);
    long touched = 0;
    if (buffers.find()) {
      touched = Long.parseLong(buffers.group(1)) + (buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2)));
    }
    long filtered = 0;
    Matcher f = FILTERED.matcher(text);
    while (f.find()) filtered += Long.parseLong(f.group(1));
    return new Probe(millis, touched, filtered, text);
  }

  @Override
  public void close() throws Exception {
    if (barePool != null) barePool.close();
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(schemaUrl);
  }

  private String queryString(String sql) throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void execute(String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection(schemaUrl); Statement s = c.createStatement()) {
      for (String statement : sql) s.execute(statement);
    }
  }
}
