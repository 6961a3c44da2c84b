package io.collectlite.suggestion.evaluation;

import java.util.Optional;

/**
 * A share of successes with its 95% Wilson score interval.
 *
 * @param successes how many agreed
 * @param trials how many were compared
 */
public record Proportion(long successes, long trials) {
  /** The 0.975 quantile of the standard normal distribution. */
  static final double Z = 1.959963984540054;

  public Proportion {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("0 <= successes <= trials, got " + successes + " of " + trials);
    }
  }

  /** The observed share; empty with no trials. */
  public Optional<Double> share() {
    return trials == 0 ? Optional.empty() : Optional.of((double) successes / trials);
  }

  /** The 95% Wilson score interval (Wilson 1927, Newcombe 1998 method 3); empty with no trials. */
  public Optional<Interval> wilson() {
    if (trials == 0) return Optional.empty();
    double n = trials;
    double p = successes / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return Optional.of(new Interval(Math.max(0, centre - half), Math.min(1, centre + half)));
  }

  /**
   * The difference of this share minus {@code other} with its 95% interval by Newcombe's hybrid score method
   * (Newcombe 1998, method 10, from the two Wilson intervals); empty when either has no trials.
   */
  public Optional<Difference> minus(Proportion other) {
    if (trials == 0 || other.trials == 0) return Optional.empty();
    double p1 = share().orElseThrow();
    double p2 = other.share().orElseThrow();
    Interval w1 = wilson().orElseThrow();
    Interval w2 = other.wilson().orElseThrow();
    double d = p1 - p2;
    double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
    double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
    return Optional.of(new Difference(d, new Interval(lower, upper)));
  }

  private static double sq(double x) {
    return x * x;
  }

  /** A 95% interval. */
  public record Interval(double lower, double upper) {}

  /** A difference of two shares with its 95% interval. */
  public record Difference(double estimate, Interval interval) {}
}
