package io.collectlite.store;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.TimeSeries;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of a project for metrics and its dashboard. Every method is a set-based read that aggregates
 * in the database and returns a result whose size depends on the number of days, annotators, labels or
 * reasons, not on the number of tasks or annotations. Thread-safe.
 */
public interface MetricsStore {
  /** Tasks created ({@code created_at}), tasks completed ({@code resolved_at}) and annotations made, by UTC day. */
  TimeSeries activity(long projectId);

  /** Each annotator with an annotation in the project, ordered by name (see {@link AnnotatorStats}). */
  List<AnnotatorStats> annotators(long projectId);

  /** The project's tasks counted by the multiset of their annotations' primary labels; tasks without any are left out. */
  List<LabelProfile> labelProfiles(long projectId);

  /**
   * The tasks with a final label (resolved or exported) by that label, each label with the latest (last
   * recorded) model suggestion of its tasks compared with it.
   */
  List<FinalLabelTally> finalLabels(long projectId);

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
