package io.collectlite.jdbc.internal;

import io.collectlite.ingest.SourceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the databases, and nothing else: row-locking clauses, error
 * classification, cursor fetch size, the median aggregate and the bulk path for source examples.
 * Every SQL statement outside the implementations is written once for both.
 */
public interface Dialect {
  /** The name used in logs and the Flyway location {@code db/migration/<name>}. */
  String name();

  /** Appended to a {@code SELECT} that must lock the rows it returns until commit ("" where a transaction already holds the database). */
  String forUpdate();

  /** Appended to a queue {@code SELECT}: lock the rows returned, skipping rows others hold. */
  String forUpdateSkipLocked();

  /** Whether the failure is a unique-constraint violation. */
  boolean isUniqueViolation(SQLException e);

  /** Whether the transaction failed only because of concurrency (deadlock, serialization, busy) and may be retried. */
  boolean isTransient(SQLException e);

  /**
   * The aggregate that gives the median of a numeric {@code expression} over a group, nulls ignored, the
   * mean of the two middle values for an even count, null for no values; a {@code FILTER (WHERE ...)}
   * clause may follow it.
   */
  String median(String expression);

  /**
   * An SQL expression that changes whenever a transaction that may have taken ids below the current maxima
   * commits: PostgreSQL hands out ids in allocation order, not commit order, so a revision of maxima alone can
   * miss a slow writer's rows (its snapshot's xmin moves on when it ends). SQLite serialises writers: a constant.
   */
  String inFlightWriters();

  /** Rows per round trip when an export streams through a cursor. */
  int fetchSize();

  /**
   * Whether the driver streams a result through a cursor only inside a transaction (PostgreSQL's fetches
   * everything at once in auto-commit); see {@link Db#stream}.
   */
  boolean cursorNeedsTransaction();

  /**
   * An SQL expression for the value of the top-level key {@code key} of the JSON object held as text in
   * {@code column}: the string when that value is a JSON string, else NULL (absent, null, a number, an object).
   * {@code key} is a constant of the code, never input; see {@link #jsonKey}.
   */
  String jsonText(String column, String key);

  /** {@code key}, checked to be a plain field name (letters, digits, underscores) fit to splice into SQL. */
  static String jsonKey(String key) {
    if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a plain JSON key: " + key);
    return key;
  }

  /**
   * Inserts source examples of one dataset in the current transaction, as fast as the database
   * allows, consuming {@code rows} as a stream; an exception from {@code rows} aborts the insert.
   */
  void insertExamples(Handle handle, long projectId, long datasetId, Iterator<SourceRow> rows, Instant now);
}
