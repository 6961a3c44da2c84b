package io.collectlite.quality.agreement;

/**
 * Krippendorff's alpha and the disagreements it is made of: {@code value = 1 - observed / expected}.
 *
 * @param value 1 for perfect agreement, 0 for agreement at chance level, negative below it
 * @param observedDisagreement D<sub>o</sub>, the mean disagreement within units
 * @param expectedDisagreement D<sub>e</sub>, the mean disagreement between any two pairable values
 * @param pairableValues n, the number of values in units that have at least two
 */
public record Alpha(double value, double observedDisagreement, double expectedDisagreement, int pairableValues) {
  public Alpha {
    if (expectedDisagreement <= 0) throw new IllegalArgumentException("expected disagreement must be positive");
    if (pairableValues < 2) throw new IllegalArgumentException("alpha needs at least two pairable values");
  }
}
