package io.collectlite.jdbc.bench;

import io.collectlite.ingest.SourceRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/** The SQLite raw limit: one transaction of batched prepared inserts into a bare table (WAL, as the store). */
final class SqliteRaw {
  private SqliteRaw() {}

  static double insert(Path file, List<SourceRow> rows) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("CREATE TABLE raw (project_id INTEGER, dataset_id INTEGER, example_id TEXT, fields_json TEXT, "
            + "source_hash TEXT, ingested_at INTEGER)");
      }
      long start = System.nanoTime();
      c.setAutoCommit(false);
      long now = System.currentTimeMillis() * 1000;
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?)")) {
        int batched = 0;
        for (SourceRow row : rows) {
          insert.setLong(1, 1);
          insert.setLong(2, 1);
          insert.setString(3, row.exampleId());
          insert.setString(4, row.fieldsJson());
          insert.setString(5, row.sourceHash());
          insert.setLong(6, now);
          insert.addBatch();
          if (++batched % 1_000 == 0) insert.executeBatch();
        }
        insert.executeBatch();
      }
      c.commit();
      return IngestBenchmark.seconds(start);
    }
  }
}
