package io.collectlite.store;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.ValidAnnotation;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.leaderboard.FinalPreference;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.review.ReviewDecision;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tasks, assignments, annotations, consensus results and review decisions. Every state change goes
 * through {@link io.collectlite.task.TaskLifecycle} and writes an audit event in the same
 * transaction. Implementations are thread-safe and correct across several processes sharing one
 * database.
 */
public interface TaskStore {
  /**
   * Creates one task (state {@code created}) for every source example of the project that has none,
   * set-based; returns how many were created.
   */
  int generate(long projectId, int requiredAnnotations, int templateVersion, Instant now);

  /**
   * Gives the annotator one open task they have never held, whose active plus submitted
   * assignments are below its required annotations, highest priority first then oldest, with a
   * lease until {@code now + lease}. Expired leases are released first. Atomic: under any
   * concurrency no task exceeds its overlap and no annotator holds a task twice.
   */
  default Optional<Claim> claimNext(long projectId, long annotatorId, Instant now, Duration lease) {
    return claimNext(projectId, annotatorId, now, lease, false);
  }

  /**
   * {@link #claimNext(long, long, Instant, Duration)}, and with {@code offerGold}, while real work is
   * left, a gold task the annotator never held instead, served as a probe beyond its overlap and
   * looking like any other claim (the caller draws {@code offerGold} at the project's gold rate).
   */
  default Optional<Claim> claimNext(long projectId, long annotatorId, Instant now, Duration lease, boolean offerGold) {
    return claimNext(projectId, annotatorId, now, lease, offerGold, true);
  }

  /**
   * {@link #claimNext(long, long, Instant, Duration, boolean)}, recording on the assignment whether it shows the
   * model's suggestions (the caller draws {@code showSuggestions} under the project's visibility setting).
   */
  Optional<Claim> claimNext(long projectId, long annotatorId, Instant now, Duration lease, boolean offerGold,
      boolean showSuggestions);

  /** Releases the annotator's active assignment on a task, so the slot returns to the queue. */
  void skip(long taskId, long annotatorId, Instant now);

  /**
   * Takes back the annotator's skip of a task that still waits for annotations and has room for
   * them: the assignment is active again with a lease until {@code now + lease}, and the lease the
   * annotator holds elsewhere in the project lapses (one live lease each). Throws
   * {@link io.collectlite.error.ConflictException} when they did not skip it, the task no longer
   * waits for annotations or others filled it since, {@link io.collectlite.error.ForbiddenException}
   * when they never held it.
   */
  Claim undoSkip(long taskId, long annotatorId, Instant now, Duration lease);

  /**
   * Stores an annotation for the annotator's active, unexpired assignment and marks it submitted.
   * When the task then holds its required annotations it moves to {@code submitted}, and in the
   * same transaction {@code consensus} decides it from all its annotations: the result is stored
   * and the task moves on to {@code resolved} or {@code needs_review}. A repeat with the same
   * idempotency key returns the first annotation with {@code replayed = true}. Throws
   * {@link io.collectlite.error.ForbiddenException} when the task is not assigned to the
   * annotator, {@link io.collectlite.error.ConflictException} on a double submit or expired lease.
   */
  SubmitOutcome submit(long taskId, long annotatorId, ValidAnnotation annotation, Instant now,
      ConsensusPolicy consensus);

  /** One task. */
  Optional<Task> find(long taskId);

  /**
   * The task of the project's example with this id (the id an upload gave it, as exports show it);
   * empty when the project has no such example or its task is not generated yet.
   */
  Optional<Task> findByExample(long projectId, String exampleId);

  /** A task's annotations, oldest first. */
  List<Annotation> annotations(long taskId);

  /**
   * Stores a new consensus version for a {@code submitted} task and moves it to {@code resolved}
   * or {@code needs_review} as the result says (for recomputing; submit already records the first).
   */
  void recordConsensus(long taskId, ConsensusResult result, Instant now);

  /** Tasks waiting for review, oldest first, each with its annotations and latest consensus. */
  default List<ReviewItem> reviewQueue(long projectId, int limit) {
    return reviewQueue(projectId, limit, Optional.empty());
  }

  /**
   * Tasks waiting for review whose latest consensus names {@code reason} (any, when empty), oldest
   * first, each with its annotations, latest consensus and model suggestions.
   */
  List<ReviewItem> reviewQueue(long projectId, int limit, Optional<io.collectlite.quality.ReviewReason> reason);

  /**
   * Stores a reviewer's revised decision on a task a review resolved: the newest decision is its final
   * label (both stay, in order, with the change audited). Throws
   * {@link io.collectlite.error.ConflictException} when the task is not resolved by a review, is
   * exported already, or holds a gold answer.
   */
  void reviseReview(ReviewDecision decision);

  /** Stores a reviewer's decision and moves the task from {@code needs_review} to {@code resolved}. */
  void resolve(ReviewDecision decision);

  /** How many tasks of the project are in each state (states without tasks may be absent). */
  Map<TaskState, Long> countByState(long projectId);

  /** How many resolved or exported tasks carry each final label. */
  Map<String, Long> finalLabelCounts(long projectId);

  /**
   * Streams every resolved or exported task of a pairwise-preference project to {@code sink}, in task order:
   * the text of its row's {@code model_a} and {@code model_b} fields (empty when absent or not text) and its
   * final label, by the same rule as {@link #finalLabelCounts} and exports (the review label when the task was
   * reviewed, else the consensus label). Rows are read through a cursor, so memory does not grow with the
   * project; {@code sink} runs while the store reads and must not call the store.
   */
  void finalPreferences(long projectId, Consumer<FinalPreference> sink);

  /**
   * Every annotation's primary label as a rating: unit the task id, coder the annotator id, value
   * the label (for agreement metrics).
   */
  List<io.collectlite.quality.agreement.Rating> primaryLabels(long projectId);

  /** How many annotations the project holds. */
  long annotationCount(long projectId);
}
