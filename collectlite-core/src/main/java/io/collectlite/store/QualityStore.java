package io.collectlite.store;

import io.collectlite.gold.GoldCheck;
import io.collectlite.gold.GoldLine;
import io.collectlite.gold.GoldReport;
import io.collectlite.gold.GoldSource;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.ReviewReason;
import io.collectlite.quality.TaskEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Quality settings, gold answers, consensus recomputes and review routing. */
public interface QualityStore {
  /** The project's stored quality settings as JSON; empty while it uses the defaults. */
  Optional<String> settings(long projectId);

  /** Stores the project's quality settings (JSON) and records an audit event. */
  void putSettings(long projectId, String settingsJson, long actorId, Instant now);

  /**
   * Makes the tasks of the lines' examples gold, in one transaction. A task nobody is labelling
   * (no active or submitted work) or one waiting for review is resolved with the gold answer; a
   * resolved or exported task keeps its state and takes the gold answer as its final label, unless
   * a reviewer decided otherwise. A line is refused, naming its line, when its example has no task,
   * when annotators are labelling the task, or when a reviewer's decision differs; with
   * {@code strict} any refusal stores nothing.
   */
  GoldReport addGold(long projectId, List<GoldLine> lines, GoldSource source, Optional<Long> actorId, boolean strict,
      Instant now);

  /**
   * Stores a reviewer's decision (as {@link TaskStore#resolve}) and makes it the task's gold answer,
   * in one transaction; a {@link io.collectlite.error.ConflictException} stores neither.
   */
  void resolveAsGold(io.collectlite.review.ReviewDecision decision, GoldLine gold);

  /** Every annotation on a gold task next to its gold answer, by annotator then task. */
  List<GoldCheck> goldChecks(long projectId);

  /**
   * Each annotator's answers on gold tasks counted in the database: how many, and how many equal the
   * gold answer's primary key (exact agreement; numeric tolerance needs {@link #goldChecks}).
   */
  List<io.collectlite.gold.GoldTally> goldTallies(long projectId);

  /** How many of the project's tasks are gold. */
  long goldCount(long projectId);

  /**
   * Every task of the project that has a verdict to recompute (waiting for review, resolved or
   * exported, not gold), with its annotations (only the fields consensus reads: annotator, label,
   * confidence) and newest model suggestion, by task id.
   */
  List<TaskEvidence> decidedTasks(long projectId);

  /**
   * Stores a recompute: a run row and, for every task in {@code results}, a new consensus version
   * naming it. A task without a reviewer's decision moves between resolved (or exported) and
   * waiting for review as its new result says; a reviewed task keeps its state, as the decision
   * overrides consensus. One transaction; returns the run.
   */
  ConsensusRun saveRun(long projectId, AggregationMethod method, String settingsJson, String modelJson,
      Map<Long, ConsensusResult> results, Optional<Long> actorId, Instant now);

  /** The project's newest recompute. */
  Optional<ConsensusRun> latestRun(long projectId);

  /** The project's recomputes, newest first. */
  List<ConsensusRun> runs(long projectId);

  /**
   * Sends a task with a verdict to review for {@code reason} (an owner's flag): a new consensus
   * version with the reason added; a resolved or exported task moves to waiting for review. Throws
   * a {@link io.collectlite.error.ConflictException} for a task still being labelled or a gold task.
   */
  void sendToReview(long taskId, ReviewReason reason, String detail, long actorId, Instant now);

  /**
   * Sends back to review the tasks of the annotator's {@code limit} most recent annotations that
   * are resolved by consensus alone (no reviewer, not gold), for {@code reason}; returns how many.
   */
  int reviewRecentWork(long projectId, long annotatorId, int limit, ReviewReason reason, String detail, Instant now);
}
