package io.collectlite.quality;

import java.util.Map;

/**
 * Each annotator's vote weight for the reliability-weighted vote: their smoothed accuracy on gold.
 *
 * @param weights by annotator id
 * @param fallback the weight of an annotator without an estimate (the prior's mean)
 */
public record AnnotatorWeights(Map<Long, Double> weights, double fallback) {
  /** Everyone weighs the same. */
  public static final AnnotatorWeights EQUAL = new AnnotatorWeights(Map.of(), 1);

  public AnnotatorWeights {
    weights = Map.copyOf(weights);
    if (!(fallback > 0)) throw new IllegalArgumentException("fallback weight must be > 0");
    weights.values().forEach(w -> {
      if (!(w >= 0) || w.isInfinite()) throw new IllegalArgumentException("weights must be finite and >= 0");
    });
  }

  /** The annotator's weight. */
  public double of(long annotatorId) {
    return weights.getOrDefault(annotatorId, fallback);
  }
}
