package io.collectlite.quality.pairwise;

/**
 * A percentile bootstrap interval for one model's log-strength.
 *
 * @param lower the 2.5th percentile of the bootstrap strengths
 * @param upper the 97.5th percentile, not below {@code lower}
 */
public record Interval(double lower, double upper) {
  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("lower must not exceed upper: " + lower + " > " + upper);
    }
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
