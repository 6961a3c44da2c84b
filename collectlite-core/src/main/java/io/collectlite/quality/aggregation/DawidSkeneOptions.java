package io.collectlite.quality.aggregation;

/**
 * How {@link DawidSkene#fit} smooths its estimates and when it stops.
 *
 * @param smoothing Dirichlet pseudo-count added to every cell of every confusion count and to every class
 *     count before they are normalised; 0 gives Dawid and Skene's maximum-likelihood estimates, a small positive
 *     value keeps every probability above zero so that one unexpected vote never rules a class out
 * @param tolerance the fit has converged when no class prior and no confusion probability moves by more than
 *     this between two iterations; positive
 * @param maxIterations the iteration cap, positive; a fit that reaches it reports {@code converged = false}
 */
public record DawidSkeneOptions(double smoothing, double tolerance, int maxIterations) {
  private static final DawidSkeneOptions DEFAULTS = new DawidSkeneOptions(0.01, 1e-6, 1_000);

  public DawidSkeneOptions {
    if (!(smoothing >= 0) || Double.isInfinite(smoothing)) {
      throw new IllegalArgumentException("smoothing must be finite and not negative: " + smoothing);
    }
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be positive and finite: " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
    }
  }

  /**
   * Smoothing 0.01, tolerance 1e-6, at most 1,000 iterations. The pseudo-count is small enough to leave the
   * estimates of any annotator with a dozen votes practically unchanged, and large enough that a class an
   * annotator never chose keeps a probability above zero.
   */
  public static DawidSkeneOptions defaults() {
    return DEFAULTS;
  }

  /** Dawid and Skene's original estimator: no smoothing, with this tolerance and cap. */
  public static DawidSkeneOptions unsmoothed(double tolerance, int maxIterations) {
    return new DawidSkeneOptions(0, tolerance, maxIterations);
  }
}
