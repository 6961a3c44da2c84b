package io.collectlite.cohere;

/**
 * How a rerank relevance score (0 to 1) becomes one of the three relevance grades.
 *
 * <p>A score below {@code partiallyRelevant} is the lowest grade ({@code irrelevant}), one from
 * {@code partiallyRelevant} up to {@code highlyRelevant} the middle grade, one from
 * {@code highlyRelevant} the top grade. The probability of each grade is an ordinal logistic model
 * around the two thresholds: P(grade at least middle) = σ((score − partiallyRelevant) / softness)
 * and P(top) = σ((score − highlyRelevant) / softness), so a score near a threshold is given as
 * uncertain and one far from both as confident. The defaults are starting points: calibrate them
 * on a project's gold examples, since rerank scores differ between models.
 *
 * @param partiallyRelevant lowest score of the middle grade, in [0, 1)
 * @param highlyRelevant lowest score of the top grade, above {@code partiallyRelevant} and at most 1
 * @param softness the logistic scale in score units, above 0 and at most 1; smaller is more confident
 */
public record RelevanceThresholds(double partiallyRelevant, double highlyRelevant, double softness) {
  /** 0.2 and 0.6, softness 0.05: uncalibrated defaults for {@code rerank-v3.5}. */
  public static final RelevanceThresholds DEFAULT = new RelevanceThresholds(0.2, 0.6, 0.05);

  public RelevanceThresholds {
    if (!(partiallyRelevant >= 0 && partiallyRelevant < highlyRelevant && highlyRelevant <= 1)) {
      throw new IllegalArgumentException("thresholds must satisfy 0 <= partiallyRelevant < highlyRelevant <= 1, were "
          + partiallyRelevant + " and " + highlyRelevant);
    }
    if (!(softness > 0 && softness <= 1)) {
      throw new IllegalArgumentException("softness must be above 0 and at most 1, was " + softness);
    }
  }

  /** The two thresholds with the default softness. */
  public static RelevanceThresholds of(double partiallyRelevant, double highlyRelevant) {
    return new RelevanceThresholds(partiallyRelevant, highlyRelevant, DEFAULT.softness());
  }
}
