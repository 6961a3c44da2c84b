package io.collectlite.quality.pairwise;

import java.util.Objects;

/**
 * One pairwise judgement between two different models.
 *
 * @param modelA the first model
 * @param modelB the second model, not equal to {@code modelA}
 * @param outcome which of the two was preferred, or a tie
 */
public record Comparison(String modelA, String modelB, Outcome outcome) {
  public Comparison {
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    Objects.requireNonNull(outcome, "outcome");
    if (modelA.equals(modelB)) {
      throw new IllegalArgumentException("a model cannot be compared with itself: " + modelA);
    }
  }

  /** The same judgement with the sides swapped. */
  public Comparison swapped() {
    return new Comparison(modelB, modelA, outcome.swapped());
  }
}
