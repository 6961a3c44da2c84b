package io.collectlite.jdbc;

import io.collectlite.store.AuditLog;
import io.collectlite.store.ExampleStore;
import io.collectlite.store.ExportStore;
import io.collectlite.store.ProjectStore;
import io.collectlite.store.Store;
import io.collectlite.store.TaskStore;
import io.collectlite.store.UserStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server per test JVM: the embedded one (started on first use) unless
 * {@code COLLECTLITE_TEST_PG_URL} names a server ({@code jdbc:postgresql://host:port/db?user=..&password=..}),
 * and a scratch schema per store (its own tables, Flyway history and sequences), dropped when the
 * store closes. Creating a schema is far cheaper than a database on PostgreSQL 14, which
 * checkpoints on every {@code CREATE DATABASE}.
 */
public final class TestPostgres {
  /** The environment variable that points the tests at an external server. */
  public static final String ENV = "COLLECTLITE_TEST_PG_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static volatile String adminUrl;

  private TestPostgres() {}

  /** A JDBC URL (with credentials) of a database on the test server, for admin work and scratch schemas. */
  public static synchronized String adminUrl() {
    if (adminUrl == null) {
      String external = System.getenv(ENV);
      if (external != null && !external.isBlank()) {
        adminUrl = external;
      } else {
        try {
          // a throwaway server: durability settings off, for speed
          EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              pg.close();
            } catch (IOException ignored) {
              // the JVM is going away either way
            }
          }));
          adminUrl = pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
          throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
      }
    }
    return adminUrl;
  }

  /** A store in a new scratch schema of the admin database, dropped on close. */
  public static Store scratchStore() {
    String schema = "collectlite_t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    admin("CREATE SCHEMA " + schema);
    return new Scratch(JdbcStores.open(url(schema)), schema);
  }

  /** A plain connection to the scratch schema of {@code store} (made by {@link #scratchStore}): a second session. */
  public static Connection connect(Store store) throws SQLException {
    if (!(store instanceof Scratch scratch)) throw new IllegalArgumentException("not a scratch store: " + store);
    return DriverManager.getConnection(url(scratch.schema()));
  }

  private static String url(String schema) {
    return adminUrl() + (adminUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  /** A store that drops its schema after closing. */
  private record Scratch(Store delegate, String schema) implements Store {
    @Override
    public UserStore users() {
      return delegate.users();
    }

    @Override
    public ProjectStore projects() {
      return delegate.projects();
    }

    @Override
    public ExampleStore examples() {
      return delegate.examples();
    }

    @Override
    public TaskStore tasks() {
      return delegate.tasks();
    }

    @Override
    public ExportStore exports() {
      return delegate.exports();
    }

    @Override
    public io.collectlite.store.ImportStore imports() {
      return delegate.imports();
    }

    @Override
    public io.collectlite.store.SuggestionStore suggestions() {
      return delegate.suggestions();
    }

    @Override
    public io.collectlite.store.JobStore jobs() {
      return delegate.jobs();
    }

    @Override
    public io.collectlite.store.QualityStore quality() {
      return delegate.quality();
    }

    @Override
    public io.collectlite.store.MetricsStore metrics() {
      return delegate.metrics();
    }

    @Override
    public AuditLog audit() {
      return delegate.audit();
    }

    @Override
    public void close() {
      delegate.close();
      admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
