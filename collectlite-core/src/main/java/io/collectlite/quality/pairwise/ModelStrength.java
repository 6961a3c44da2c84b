package io.collectlite.quality.pairwise;

import java.util.Objects;

/**
 * One model's fitted Bradley–Terry strength.
 *
 * @param model the model
 * @param strength natural-log strength; strengths of one fit sum to zero, so 0 is the geometric-mean model
 *     and the probability that this model beats another is {@code 1 / (1 + exp(other - strength))}
 * @param comparisons how many comparisons the model took part in
 * @param wins wins counted by the fit, each tie as half a win
 */
public record ModelStrength(String model, double strength, int comparisons, double wins) {
  public ModelStrength {
    Objects.requireNonNull(model, "model");
    if (comparisons < 1) {
      throw new IllegalArgumentException("a fitted model takes part in at least one comparison: " + model);
    }
  }
}
