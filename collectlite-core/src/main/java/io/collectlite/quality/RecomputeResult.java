package io.collectlite.quality;

import java.util.Objects;

/**
 * What a recompute did.
 *
 * @param computeMillis time spent deciding (and fitting), without reading or writing the store
 * @param totalMillis time from the first decision to the stored run, writing included
 */
public record RecomputeResult(ConsensusRun run, double computeMillis, double totalMillis) {
  public RecomputeResult {
    Objects.requireNonNull(run, "run");
  }
}
