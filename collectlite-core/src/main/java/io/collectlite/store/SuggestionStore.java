package io.collectlite.store;

import io.collectlite.suggestion.AnchoringTally;
import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.ModelComparison;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.suggestion.PendingExample;
import io.collectlite.suggestion.SuggestionBatch;
import io.collectlite.suggestion.SuggestionFailure;
import io.collectlite.suggestion.SuggestionKey;
import io.collectlite.suggestion.SuggestionSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Model suggestions: assistance stored next to examples, never counted as annotations. Thread-safe. */
public interface SuggestionStore {
  /** The suggestions for one example of a project, oldest first. */
  List<ModelSuggestion> forExample(long projectId, String exampleId);

  /** The project's suggestion settings (the defaults until an owner sets them). */
  SuggestionSettings settings(long projectId);

  /** Stores new settings, audited. */
  void putSettings(long projectId, SuggestionSettings settings, long actorId, Instant now);

  /** How many of the project's examples with a task hold a generated suggestion under {@code key}. */
  int countDone(long projectId, SuggestionKey key);

  /** How many of the project's examples with a task hold none under {@code key}. */
  int countPending(long projectId, SuggestionKey key);

  /**
   * The next examples with a task and no suggestion under {@code key}, in row order after {@code afterRowId},
   * at most {@code limit}.
   */
  List<PendingExample> pending(long projectId, SuggestionKey key, long afterRowId, int limit);

  /** Settled examples (resolved or exported tasks) with their final label, newest first, at most {@code limit}. */
  List<LabelledExample> labelled(long projectId, int limit);

  /** Stores one call's suggestions and failures in one transaction (see {@link SuggestionBatch}). */
  void record(SuggestionBatch batch, Instant now);

  /**
   * Every settled task beside each model's latest generated or imported suggestion for its example;
   * {@code groupField} names the row field whose text groups rankings (the query), when there is one.
   */
  List<ModelComparison> comparisons(long projectId, Optional<String> groupField);

  /** Workbench annotations beside the latest suggestion made before them, by shown / hidden assignment. */
  List<AnchoringTally> anchoring(long projectId);

  /** The latest suggestion of each open task's example (created, suggested or assigned tasks). */
  List<io.collectlite.suggestion.OpenSuggestion> openSuggestions(long projectId);

  /** Sets the priority of every open task of the project: {@code priorities} by example row, 0 for the rest. */
  void prioritize(long projectId, java.util.Map<Long, Integer> priorities, Instant now);

  /** A job's recorded failures, oldest first, at most {@code limit}. */
  List<SuggestionFailure> failures(long jobId, int limit);

  /** Whether the annotator holds an active assignment on the task that shows suggestions. */
  boolean shownTo(long taskId, long annotatorId);
}
