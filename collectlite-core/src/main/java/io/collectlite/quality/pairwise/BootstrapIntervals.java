package io.collectlite.quality.pairwise;

import java.util.Map;
import java.util.Optional;

/**
 * Percentile bootstrap intervals from {@link BradleyTerry#bootstrap}.
 *
 * @param intervals each model's 95% interval, keyed by model
 * @param replicates resamples drawn
 * @param usedReplicates resamples that had a maximum-likelihood estimate covering every model; only these
 *     enter the percentiles
 */
public record BootstrapIntervals(Map<String, Interval> intervals, int replicates, int usedReplicates) {
  public BootstrapIntervals {
    intervals = Map.copyOf(intervals);
    if (usedReplicates < 1 || usedReplicates > replicates) {
      throw new IllegalArgumentException("used replicates must be between 1 and " + replicates + ": "
          + usedReplicates);
    }
  }

  /** The model's interval, or empty when the model was not fitted. */
  public Optional<Interval> interval(String model) {
    return Optional.ofNullable(intervals.get(model));
  }
}
