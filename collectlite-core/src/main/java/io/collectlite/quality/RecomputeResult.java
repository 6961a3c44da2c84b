package io.collectlite.quality;

import java.util.Objects;

/**
 * What a recompute did, and where its time went.
 *
 * @param readMillis reading every decided task's votes (and the weights or fit inputs) from the store
 * @param computeMillis deciding every task, the Dawid–Skene fit included; no store access
 * @param writeMillis storing the run: a consensus version per task, task moves and their audit
 */
public record RecomputeResult(ConsensusRun run, double readMillis, double computeMillis, double writeMillis) {
  public RecomputeResult {
    Objects.requireNonNull(run, "run");
  }

  /** The whole recompute. */
  public double totalMillis() {
    return readMillis + computeMillis + writeMillis;
  }
}
