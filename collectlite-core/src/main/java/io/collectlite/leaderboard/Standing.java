package io.collectlite.leaderboard;

import io.collectlite.quality.pairwise.Interval;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's row of a {@link Leaderboard}.
 *
 * @param rank the model's place, 1 first: by strength when the leaderboard has strengths, else by
 *     {@link #winShare()}; equal values in model-name order
 * @param model the model name as the rows give it
 * @param strength Bradley–Terry log-strength (strengths of one leaderboard sum to zero, so only differences
 *     mean something); empty when the leaderboard has none ({@link Leaderboard#noFitReason()})
 * @param interval percentile bootstrap 95% interval of the strength; empty without strengths or bootstrap
 * @param wins comparisons the model's response was preferred in
 * @param losses comparisons the other response was preferred in
 * @param ties comparisons judged a tie
 */
public record Standing(int rank, String model, Optional<Double> strength, Optional<Interval> interval, int wins,
    int losses, int ties) {
  public Standing {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(interval, "interval");
    if (rank < 1 || wins < 0 || losses < 0 || ties < 0 || wins + losses + ties == 0) {
      throw new IllegalArgumentException("a standing has a positive rank and at least one comparison: " + model);
    }
  }

  /** How many comparisons the model took part in. */
  public int comparisons() {
    return wins + losses + ties;
  }

  /** Share of its comparisons the model won, each tie counting half: 0 to 1. */
  public double winShare() {
    return (wins + ties / 2.0) / comparisons();
  }

  /**
   * The probability, under the fitted model, that this model is preferred to a model of strength 0 (the
   * geometric mean of the leaderboard): a 0–1 scale for the strength; empty without strengths.
   */
  public Optional<Double> versusAverage() {
    return strength.map(s -> 1 / (1 + Math.exp(-s)));
  }
}
