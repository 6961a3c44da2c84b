package io.collectlite.jdbc.internal;

import io.collectlite.ingest.SourceRow;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: row locks ({@code FOR UPDATE}, {@code SKIP LOCKED} for the queue) and {@code COPY}
 * for ingest, streamed from memory in chunks through the driver's copy API.
 */
public final class PostgresDialect implements Dialect {
  static final String COPY_EXAMPLES = "COPY source_examples (project_id, dataset_id, example_id, fields_json, "
      + "source_hash, ingested_at) FROM STDIN";
  private static final int CHUNK = 1 << 18;

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public String forUpdate() {
    return " FOR UPDATE";
  }

  @Override
  public String forUpdateSkipLocked() {
    return " FOR UPDATE SKIP LOCKED";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  @Override
  public boolean isTransient(SQLException e) {
    return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
  }

  @Override
  public String median(String expression) {
    return "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + expression + ")";
  }

  @Override
  public String inFlightWriters() {
    return "pg_snapshot_xmin(pg_current_snapshot())::text";
  }

  @Override
  public int fetchSize() {
    return 1_000;
  }

  @Override
  public boolean cursorNeedsTransaction() {
    return true;
  }

  @Override
  public String jsonText(String column, String key) {
    // fields_json is text (ingest COPYs it as is), so it is read as json here
    String field = "'" + Dialect.jsonKey(key) + "'";
    return "CASE WHEN json_typeof((" + column + ")::json -> " + field + ") = 'string' THEN (" + column + ")::json ->> "
        + field + " END";
  }

  @Override
  public void insertExamples(Handle handle, long projectId, long datasetId, Iterator<SourceRow> rows, Instant now) {
    String prefix = projectId + "\t" + datasetId + "\t";
    String suffix = "\t" + Micros.of(now) + "\n";
    try {
      copy(handle, COPY_EXAMPLES, () -> rows, (SourceRow row) -> {
        StringBuilder line = new StringBuilder(prefix.length() + row.fieldsJson().length() + 128).append(prefix);
        escape(row.exampleId(), line).append('\t');
        escape(row.fieldsJson(), line).append('\t').append(row.sourceHash());
        return line.append(suffix);
      });
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
  }

  /** How one row becomes a line of COPY text format. */
  @FunctionalInterface
  public interface CopyLine<T> {
    /** The row as one line, terminated by a newline, fields tab-separated and escaped. */
    CharSequence line(T row);
  }

  /** Streams rows into {@code copySql} ({@code COPY ... FROM STDIN}, text format) on the handle's connection. */
  public static <T> long copy(Handle handle, String copySql, Iterable<T> rows, CopyLine<T> format)
      throws SQLException {
    PGConnection pg = handle.getConnection().unwrap(PGConnection.class);
    CopyIn copy = pg.getCopyAPI().copyIn(copySql);
    try {
      StringBuilder buffer = new StringBuilder(CHUNK + 4096);
      for (T row : rows) {
        buffer.append(format.line(row));
        if (buffer.length() >= CHUNK) {
          write(copy, buffer);
          buffer.setLength(0);
        }
      }
      if (buffer.length() > 0) write(copy, buffer);
      return copy.endCopy();
    } finally {
      if (copy.isActive()) copy.cancelCopy();
    }
  }

  private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
  }

  /** Escapes a value for COPY text format: backslash, tab, newline and carriage return. */
  public static StringBuilder escape(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }
}
