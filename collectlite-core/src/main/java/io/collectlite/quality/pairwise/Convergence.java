package io.collectlite.quality.pairwise;

/**
 * When the MM iteration stops: once no log-strength moves by more than {@code tolerance} in one sweep, or
 * after {@code maxIterations} sweeps, whichever comes first.
 *
 * @param tolerance largest change of any log-strength between sweeps that counts as converged, positive
 * @param maxIterations the iteration cap, positive
 */
public record Convergence(double tolerance, int maxIterations) {
  private static final Convergence DEFAULTS = new Convergence(1e-10, 100_000);

  public Convergence {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be positive and finite: " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
    }
  }

  /** A tolerance of 1e-10 and a cap of 100,000 sweeps. */
  public static Convergence defaults() {
    return DEFAULTS;
  }
}
