package io.collectlite.quality;

/**
 * Decides a task from its annotations. Stores call it inside the transaction that stores the
 * task's last required annotation, so a task never rests in {@code submitted} without a verdict.
 * Implementations are pure and thread-safe.
 */
@FunctionalInterface
public interface ConsensusPolicy {
  /** The verdict on one task, from all of its annotations (at least one) and its model suggestion. */
  ConsensusResult decide(TaskEvidence evidence);
}
