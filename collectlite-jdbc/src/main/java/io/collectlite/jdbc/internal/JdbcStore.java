package io.collectlite.jdbc.internal;

import io.collectlite.store.AuditLog;
import io.collectlite.store.ExampleStore;
import io.collectlite.store.ExportStore;
import io.collectlite.store.ImportStore;
import io.collectlite.store.JobStore;
import io.collectlite.store.MetricsStore;
import io.collectlite.store.SuggestionStore;
import io.collectlite.store.ProjectStore;
import io.collectlite.store.QualityStore;
import io.collectlite.store.Store;
import io.collectlite.store.TaskStore;
import io.collectlite.store.UserStore;

/** The {@link Store} over one {@link Db}; thread-safe, as its parts are stateless. */
public final class JdbcStore implements Store {
  private final Db db;
  private final UserStore users;
  private final ProjectStore projects;
  private final ExampleStore examples;
  private final TaskStore tasks;
  private final ExportStore exports;
  private final ImportStore imports;
  private final SuggestionStore suggestions;
  private final QualityStore quality;
  private final JdbcMetricsStore metrics;
  private final AuditLog audit;
  private final JobStore jobs;

  /** A store that owns {@code db} and closes it with itself. */
  public JdbcStore(Db db) {
    this.db = db;
    this.users = new JdbcUserStore(db);
    this.projects = new JdbcProjectStore(db);
    this.examples = new JdbcExampleStore(db);
    this.tasks = new JdbcTaskStore(db);
    this.exports = new JdbcExportStore(db);
    this.imports = new JdbcImportStore(db);
    this.suggestions = new JdbcSuggestionStore(db);
    this.quality = new JdbcQualityStore(db);
    this.metrics = new JdbcMetricsStore(db);
    this.audit = new JdbcAuditLog(db);
    this.jobs = new JdbcJobStore(db);
  }

  /** The database under this store (for tests and benchmarks of this module). */
  public Db db() {
    return db;
  }

  @Override
  public UserStore users() {
    return users;
  }

  @Override
  public ProjectStore projects() {
    return projects;
  }

  @Override
  public ExampleStore examples() {
    return examples;
  }

  @Override
  public TaskStore tasks() {
    return tasks;
  }

  @Override
  public ExportStore exports() {
    return exports;
  }

  @Override
  public ImportStore imports() {
    return imports;
  }

  @Override
  public SuggestionStore suggestions() {
    return suggestions;
  }

  @Override
  public JobStore jobs() {
    return jobs;
  }

  @Override
  public QualityStore quality() {
    return quality;
  }

  @Override
  public MetricsStore metrics() {
    return metrics;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public void close() {
    metrics.close();
    db.close();
  }
}
