package io.collectlite.jdbc.internal;

import io.collectlite.ingest.ParseAhead;
import io.collectlite.ingest.SourceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite: one writer at a time. Every transaction starts {@code BEGIN IMMEDIATE} (set on the
 * connection), so the write lock is taken up front and a transaction never has to upgrade a read
 * lock; that is what makes claims atomic here, so no row-locking clause is needed.
 */
public final class SqliteDialect implements Dialect {
  private static final int BATCH = 1_000;

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public String forUpdate() {
    return "";
  }

  @Override
  public String forUpdateSkipLocked() {
    return "";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
        || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
  }

  @Override
  public boolean isTransient(SQLException e) {
    return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
        || s.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED
        || s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT);
  }

  /** The percentile extension's {@code median}, built into the SQLite that sqlite-jdbc ships. */
  @Override
  public String median(String expression) {
    return "median(" + expression + ")";
  }

  @Override
  public String inFlightWriters() {
    return "''";
  }

  @Override
  public int fetchSize() {
    return 1_000;
  }

  @Override
  public boolean cursorNeedsTransaction() {
    // rows are stepped as they are read; a transaction here would be BEGIN IMMEDIATE and take the write lock
    return false;
  }

  @Override
  public String jsonText(String column, String key) {
    String path = "'$.\"" + Dialect.jsonKey(key) + "\"'";
    return "CASE WHEN json_type(" + column + ", " + path + ") = 'text' THEN json_extract(" + column + ", " + path
        + ") END";
  }

  @Override
  public void insertExamples(Handle handle, long projectId, long datasetId, Iterator<SourceRow> source,
      Instant now) {
    // SQLite writes on this thread: the upload is parsed ahead on another, so the costs overlap
    try (ParseAhead rows = ParseAhead.start(source)) {
      while (rows.hasNext()) {
        PreparedBatch batch = handle.prepareBatch(ExampleSql.INSERT);
        for (int i = 0; i < BATCH && rows.hasNext(); i++) {
          SourceRow row = rows.next();
          batch.bind("project", projectId).bind("dataset", datasetId).bind("exampleId", row.exampleId())
              .bind("fields", row.fieldsJson()).bind("hash", row.sourceHash()).bind("now", now).add();
        }
        batch.execute();
      }
    }
  }
}
