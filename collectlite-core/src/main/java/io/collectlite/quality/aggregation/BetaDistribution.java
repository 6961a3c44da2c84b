package io.collectlite.quality.aggregation;

/**
 * The Beta distribution's cumulative distribution function (the regularized incomplete beta function) and its
 * inverse, accurate to about 1e-14.
 *
 * <p>The function is the continued fraction of Numerical Recipes (Press et al., 3rd edn, section 6.4), evaluated
 * by the modified Lentz method, with the symmetry {@code I_x(a, b) = 1 - I_{1-x}(b, a)} where the fraction
 * converges slowly. Log-gamma is Lanczos' approximation (g = 7, nine coefficients). The inverse is bisection,
 * which cannot fail on a monotone function and is fast enough for a handful of intervals.
 */
final class BetaDistribution {
  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  private static final double LANCZOS_G = 7;
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;
  private static final int MAX_TERMS = 1_000_000;
  private static final int MAX_BISECTIONS = 2_000;

  private BetaDistribution() {}

  /** {@code ln Γ(x)} for positive {@code x}. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return logGamma(x + 1) - Math.log(x);
    }
    double z = x - 1;
    double series = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      series += LANCZOS[i] / (z + i);
    }
    double t = z + LANCZOS_G + 0.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
  }

  /** {@code P(X <= x)} for {@code X ~ Beta(a, b)}: the regularized incomplete beta function {@code I_x(a, b)}. */
  static double cdf(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * continuedFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
  }

  /** The {@code p}-quantile of Beta(a, b): the {@code x} with {@code cdf(x, a, b) = p}. */
  static double quantile(double p, double a, double b) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability lies in [0, 1]: " + p);
    }
    if (p == 0 || p == 1) {
      return p;
    }
    double low = 0;
    double high = 1;
    for (int step = 0; step < MAX_BISECTIONS; step++) {
      double middle = low + (high - low) / 2;
      if (middle <= low || middle >= high) {
        break;
      }
      if (cdf(middle, a, b) < p) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }

  /** The continued fraction for {@code I_x(a, b)}, Numerical Recipes' {@code betacf}. */
  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double fraction = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      fraction *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double delta = d * c;
      fraction *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        return fraction;
      }
    }
    throw new ArithmeticException("the incomplete beta fraction did not converge for x=" + x + " a=" + a
        + " b=" + b);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
