package io.collectlite.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database: the pool, the configured Jdbi and the dialect, plus the transaction helper every
 * store uses. Thread-safe.
 */
public final class Db implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Db.class);
  private static final int ATTEMPTS = 8;

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;

  /** Migrates the schema (Flyway, {@code db/migration/<dialect>}) and configures Jdbi. */
  public Db(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + dialect.name())
          .load().migrate();
      this.jdbi = JdbiSetup.configure(Jdbi.create(dataSource));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** The dialect of this database. */
  public Dialect dialect() {
    return dialect;
  }

  /** The configured Jdbi, for reads outside a transaction. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** Runs a read on one connection in auto-commit mode. */
  public <R> R read(HandleCallback<R, RuntimeException> callback) {
    return jdbi.withHandle(callback);
  }

  /**
   * Runs a read whose result streams through a cursor of {@link Dialect#fetchSize()} rows (set it on the query):
   * in a transaction where the driver needs one for that ({@link Dialect#cursorNeedsTransaction()}), else in
   * auto-commit like {@link #read}. Nothing is retried.
   */
  public <R> R stream(HandleCallback<R, RuntimeException> callback) {
    return dialect.cursorNeedsTransaction() ? jdbi.inTransaction(callback) : read(callback);
  }

  /**
   * Runs {@code callback} in one transaction (on SQLite a {@code BEGIN IMMEDIATE} one), retrying
   * the whole transaction a few times when it failed only because of concurrency (deadlock,
   * serialization failure, busy database). Domain exceptions roll back and pass through.
   */
  public <R> R tx(HandleCallback<R, RuntimeException> callback) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(callback);
      } catch (RuntimeException e) {
        Optional<SQLException> sql = sqlCause(e);
        if (attempt >= ATTEMPTS || sql.isEmpty() || !dialect.isTransient(sql.get())) throw e;
        LOG.atDebug().addKeyValue("attempt", attempt).addKeyValue("sqlState", sql.get().getSQLState())
            .log("transaction retried after a concurrency failure");
        backOff(attempt);
      }
    }
  }

  /**
   * Runs {@code callback} in one transaction, never retried: for callbacks that consume a one-shot
   * stream (an upload being read), which a retry could not replay.
   */
  public <R> R txOnce(HandleCallback<R, RuntimeException> callback) {
    return jdbi.inTransaction(callback);
  }

  /** Whether a failure was caused by a unique-constraint violation. */
  public boolean isUniqueViolation(Throwable e) {
    return sqlCause(e).map(dialect::isUniqueViolation).orElse(false);
  }

  static Optional<SQLException> sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) return Optional.of(sql);
    }
    return Optional.empty();
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
