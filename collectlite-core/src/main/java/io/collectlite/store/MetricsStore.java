package io.collectlite.store;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.ProjectCounts;
import java.util.Map;

/**
 * Aggregates of a project for metrics and its dashboard. Every method returns a result whose size depends on
 * the number of days, annotators, labels or reasons, not on the number of tasks or annotations, and should
 * cost little more than that to read (a store keeps the counts as it writes). Thread-safe.
 */
public interface MetricsStore {
  /**
   * Activity by UTC day (tasks created at {@code created_at}, completed at {@code resolved_at}, annotations
   * made), each annotator's work (see {@link AnnotatorStats}), the tasks counted by the multiset of their
   * annotations' primary labels (tasks without any left out) and the tasks with a final label (resolved or
   * exported) by that label, each compared with the latest model suggestion of its example.
   */
  ProjectCounts counts(long projectId);

  /**
   * How many {@code needs_review} tasks name each reason in their latest consensus result; a task with two
   * reasons counts under both.
   */
  Map<String, Long> reviewReasons(long projectId);

  /**
   * A token that changes whenever anything the other methods (and gold reliability) read may have changed:
   * equal tokens, read before and after those methods, mean equal aggregates. It rests on the append-only
   * tables (annotations, consensus results, review decisions, suggestions, consensus runs, templates and the
   * audit trail, where every task move and gold answer is recorded). Task states that change without an
   * audit event (a lease lapsing) are not covered: read them apart. One cheap read (maxima of primary keys).
   */
  String revision(long projectId);
}
