package io.collectlite.jdbc.bench;

import io.collectlite.ingest.SourceRow;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.internal.PostgresDialect;
import io.collectlite.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The PostgreSQL side of the benchmark: a scratch schema for the store and the bare raw-COPY table. */
final class PostgresTarget {
  private final String adminUrl;
  private final String schema = "collectlite_bench_" + ProcessHandle.current().pid();
  private int rawRuns;

  PostgresTarget(String adminUrl) throws Exception {
    this.adminUrl = adminUrl;
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
  }

  Store openStore() {
    return JdbcStores.open(storeUrl());
  }

  /** The JDBC URL of the scratch schema the store lives in. */
  String storeUrl() {
    return adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** COPYs the rows, encoded exactly as the store encodes them, into a fresh table with no keys or indexes. */
  double rawCopy(List<SourceRow> rows) throws Exception {
    String table = schema + ".raw_copy_" + (++rawRuns);
    execute("CREATE TABLE " + table + " (project_id bigint, dataset_id bigint, example_id text, fields_json text, "
        + "source_hash text, ingested_at bigint)");
    long now = System.currentTimeMillis() * 1000;
    return Jdbi.create(adminUrl).inTransaction(h -> {
      long start = System.nanoTime();
      PostgresDialect.copy(h, "COPY " + table + " (project_id, dataset_id, example_id, fields_json, source_hash, "
          + "ingested_at) FROM STDIN", rows, row -> {
            StringBuilder line = new StringBuilder(row.fieldsJson().length() + 128).append("1\t1\t");
            PostgresDialect.escape(row.exampleId(), line).append('\t');
            PostgresDialect.escape(row.fieldsJson(), line).append('\t').append(row.sourceHash());
            return line.append('\t').append(now).append('\n');
          });
      return IngestBenchmark.seconds(start);
    });
  }

  void dropScratch() throws Exception {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private void execute(String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
      for (String statement : sql) s.execute(statement);
    }
  }
}
