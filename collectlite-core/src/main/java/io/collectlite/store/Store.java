package io.collectlite.store;

/**
 * The storage port: everything CollectLite persists. One implementation per database
 * ({@code collectlite-jdbc} provides SQLite and PostgreSQL); each passes the store contract suite
 * in core's test jar. Implementations are thread-safe.
 */
public interface Store extends AutoCloseable {
  /** Users and tokens. */
  UserStore users();

  /** Projects, members and templates. */
  ProjectStore projects();

  /** Source examples. */
  ExampleStore examples();

  /** Tasks, assignments, annotations, consensus and reviews. */
  TaskStore tasks();

  /** Imports of existing annotations and predictions. */
  ImportStore imports();

  /** Model suggestions. */
  SuggestionStore suggestions();

  /** Background jobs. */
  JobStore jobs();

  /** Quality settings, gold, consensus recomputes and review routing. */
  QualityStore quality();
  /** Aggregates for metrics and the dashboard. */
  MetricsStore metrics();

  /** Export versions. */
  ExportStore exports();

  /** The audit trail. */
  AuditLog audit();

  /** Releases connections; the store is unusable afterwards. */
  @Override
  void close();
}
