package io.collectlite.quality.agreement;

/**
 * A kappa coefficient: {@code value = (observed - chance) / (1 - chance)}.
 *
 * @param value 1 for perfect agreement, 0 for agreement at chance level, negative below it
 * @param observedAgreement the share of agreeing ratings (Cohen) or rater pairs (Fleiss)
 * @param chanceAgreement the agreement expected by chance from the category marginals, below 1
 * @param items the number of units the coefficient was computed over
 */
public record Kappa(double value, double observedAgreement, double chanceAgreement, int items) {
  public Kappa {
    if (chanceAgreement >= 1) throw new IllegalArgumentException("chance agreement must be below 1");
    if (items < 1) throw new IllegalArgumentException("kappa needs at least one item");
  }
}
