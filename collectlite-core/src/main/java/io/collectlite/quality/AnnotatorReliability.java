package io.collectlite.quality;

import io.collectlite.quality.aggregation.Reliability;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an annotator can be trusted.
 *
 * @param gold accuracy on gold tasks, smoothed by a Beta prior, with its credible interval and the
 *     number of gold answers it rests on ({@code gold.total()})
 * @param dawidSkene the accuracy the project's latest Dawid–Skene fit estimates (prior-weighted
 *     diagonal of the annotator's confusion matrix), when the project has one
 */
public record AnnotatorReliability(long annotatorId, String annotatorName, Reliability gold,
    Optional<Double> dawidSkene) {
  /** Below this many gold answers the Dawid–Skene estimate, when there is one, is the better guide. */
  public static final int ENOUGH_GOLD = 5;

  public AnnotatorReliability {
    Objects.requireNonNull(annotatorName, "annotatorName");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(dawidSkene, "dawidSkene");
  }

  /** The estimate to go by: gold accuracy once it rests on enough gold, else Dawid–Skene where fitted, else gold. */
  public double estimate() {
    if (gold.total() >= ENOUGH_GOLD || dawidSkene.isEmpty()) return gold.estimate();
    return dawidSkene.get();
  }

  /** Which estimate {@link #estimate()} is: {@code gold} or {@code dawid_skene}. */
  public String basis() {
    return gold.total() >= ENOUGH_GOLD || dawidSkene.isEmpty() ? "gold" : "dawid_skene";
  }
}
