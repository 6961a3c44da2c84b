package io.collectlite.quality.aggregation;

/**
 * An annotator's accuracy on gold tasks, smoothed by a Beta prior: the posterior of a binomial accuracy after
 * {@code correct} successes in {@code total} trials.
 *
 * @param correct gold answers the annotator got right, between 0 and {@code total}
 * @param total gold answers the annotator gave, not negative
 * @param estimate the posterior mean, {@code (alpha + correct) / (alpha + beta + total)}
 * @param lower the lower end of the equal-tailed credible interval: a posterior quantile
 * @param upper the upper end, not below {@code lower}
 */
public record Reliability(long correct, long total, double estimate, double lower, double upper) {
  /** The credible level of the interval when none is given. */
  public static final double DEFAULT_LEVEL = 0.95;

  public Reliability {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException("correct must lie between 0 and total: " + correct + " of " + total);
    }
    if (!(0 <= lower && lower <= upper && upper <= 1) || !(estimate >= 0 && estimate <= 1)) {
      throw new IllegalArgumentException("estimate and interval must lie in [0, 1] with lower <= upper: "
          + estimate + " [" + lower + ", " + upper + "]");
    }
  }

  /**
   * The accuracy under the uniform prior {@link BetaPrior#UNIFORM} with a 95% interval.
   *
   * <p>The uniform prior is the default because its mean is Laplace's rule of succession: an annotator with 2
   * of 2 right is estimated at 0.75, not 1.0, and one with no gold answers at 0.5, so a few lucky answers never
   * earn full trust, while after 100 of 100 the estimate is already 0.99.
   */
  public static Reliability fromGold(long correct, long total) {
    return fromGold(correct, total, BetaPrior.UNIFORM);
  }

  /** The accuracy under {@code prior} with a 95% equal-tailed credible interval. */
  public static Reliability fromGold(long correct, long total, BetaPrior prior) {
    return fromGold(correct, total, prior, DEFAULT_LEVEL);
  }

  /**
   * The accuracy under {@code prior} with an equal-tailed credible interval of the given level: the
   * {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of Beta(alpha + correct, beta + total - correct),
   * computed exactly (to about 1e-14), not by a normal approximation.
   *
   * @param level credible level, strictly between 0 and 1
   * @throws IllegalArgumentException if the counts are inconsistent or the level is out of range
   */
  public static Reliability fromGold(long correct, long total, BetaPrior prior, double level) {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException("correct must lie between 0 and total: " + correct + " of " + total);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the credible level lies strictly between 0 and 1: " + level);
    }
    double a = prior.alpha() + correct;
    double b = prior.beta() + (total - correct);
    double tail = (1 - level) / 2;
    return new Reliability(correct, total, a / (a + b), BetaDistribution.quantile(tail, a, b),
        BetaDistribution.quantile(1 - tail, a, b));
  }
}
