package io.collectlite.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.collectlite.jdbc.internal.Db;
import io.collectlite.jdbc.internal.Dialect;
import io.collectlite.jdbc.internal.JdbcStore;
import io.collectlite.jdbc.internal.PostgresDialect;
import io.collectlite.jdbc.internal.SqliteDialect;
import io.collectlite.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a CollectLite {@link Store} on SQLite (the embedded default: one file) or PostgreSQL
 * (production: several server processes may share one database). Each call creates a connection
 * pool and brings the schema up to date with Flyway; close the store to release the pool. Stores
 * are thread-safe.
 *
 * <pre>{@code
 * Store store = JdbcStores.sqlite(Path.of("collectlite.db"));
 * CollectLite app = CollectLite.builder().store(store).build();
 * }</pre>
 */
public final class JdbcStores {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStores.class);
  private static final String SQLITE = "jdbc:sqlite:";
  private static final String POSTGRES = "jdbc:postgresql:";

  private JdbcStores() {}

  /**
   * A store in one SQLite file, created (with its parent directories) when missing. The database
   * runs in WAL mode with a busy timeout and foreign keys on; every transaction is
   * {@code BEGIN IMMEDIATE}.
   */
  public static Store sqlite(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      if (absolute.getParent() != null) Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + absolute, e);
    }
    return sqliteUrl(SQLITE + absolute);
  }

  /**
   * A store at a JDBC URL: {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host/db}
   * (credentials may be given as {@code ?user=...&password=...}).
   */
  public static Store open(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (jdbcUrl.startsWith(SQLITE)) return sqliteUrl(jdbcUrl);
    if (jdbcUrl.startsWith(POSTGRES)) return open(postgresConfig(jdbcUrl), new PostgresDialect());
    throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:sqlite: or jdbc:postgresql:): " + jdbcUrl);
  }

  /** A store in a PostgreSQL database, with explicit credentials. */
  public static Store postgres(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith(POSTGRES)) throw new IllegalArgumentException("not a PostgreSQL URL: " + jdbcUrl);
    HikariConfig config = postgresConfig(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    return open(config, new PostgresDialect());
  }

  private static Store sqliteUrl(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("collectlite-sqlite");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(8);
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "NORMAL");
    config.addDataSourceProperty("busy_timeout", "30000");
    // 64 MiB page cache per connection (default is 2 MiB): bulk ingest inserts example ids in
    // file order, not key order, into a unique index, which thrashes a small cache
    config.addDataSourceProperty("cache_size", "-65536");
    config.addDataSourceProperty("foreign_keys", "true");
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    return open(config, new SqliteDialect());
  }

  private static HikariConfig postgresConfig(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("collectlite-postgresql");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(16);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return config;
  }

  private static Store open(HikariConfig config, Dialect dialect) {
    HikariDataSource dataSource = new HikariDataSource(config);
    Store store = new JdbcStore(new Db(dataSource, dialect));
    LOG.atInfo().addKeyValue("dialect", dialect.name()).log("store opened");
    return store;
  }
}
