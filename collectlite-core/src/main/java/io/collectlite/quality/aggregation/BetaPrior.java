package io.collectlite.quality.aggregation;

/**
 * A Beta prior on an annotator's accuracy, read as {@code alpha} prior correct and {@code beta} prior wrong
 * answers.
 *
 * @param alpha prior pseudo-count of correct answers, positive and finite
 * @param beta prior pseudo-count of wrong answers, positive and finite
 */
public record BetaPrior(double alpha, double beta) {
  /**
   * Beta(1, 1): every accuracy equally likely. Its posterior mean is Laplace's rule of succession,
   * {@code (correct + 1) / (total + 2)}; the default of {@link Reliability#fromGold(long, long)}.
   */
  public static final BetaPrior UNIFORM = new BetaPrior(1, 1);

  /**
   * Beta(1/2, 1/2), Jeffreys' prior: its equal-tailed interval is the Jeffreys interval that Brown, Cai and
   * DasGupta (2001) recommend for a binomial proportion.
   */
  public static final BetaPrior JEFFREYS = new BetaPrior(0.5, 0.5);

  public BetaPrior {
    if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("a Beta prior needs positive finite parameters: " + alpha + ", " + beta);
    }
  }
}
