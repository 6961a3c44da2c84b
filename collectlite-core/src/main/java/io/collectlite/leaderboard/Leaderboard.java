package io.collectlite.leaderboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The models of a pairwise-preference project ranked by Bradley–Terry strength. Each resolved or exported task
 * whose row names two different models in {@code model_a} and {@code model_b} is one comparison, decided by the
 * task's final label (the reviewer's when reviewed, else the consensus label), not by its single annotations.
 *
 * @param standings every model that took part in a comparison, best first
 * @param comparisons the tasks counted, one comparison each
 * @param tasksWithoutModels resolved tasks left out because their row lacks {@code model_a} or {@code model_b}
 * @param tasksWithSameModel resolved tasks left out because both sides name the same model
 * @param noFitReason why the standings carry no strengths, e.g. "model m1 never loses or ties, so its
 *     maximum-likelihood strength is plus infinity"; empty when they do
 * @param bootstrapSamples resamples asked for the intervals (0 for none)
 * @param bootstrapUsed resamples that had an estimate for every model and entered the intervals; 0 when none
 *     did, and then no standing has an interval
 * @param seed the seed the resamples were drawn with: the same data and seed give the same intervals
 */
public record Leaderboard(List<Standing> standings, int comparisons, int tasksWithoutModels, int tasksWithSameModel,
    Optional<String> noFitReason, int bootstrapSamples, int bootstrapUsed, long seed) {
  /** The most bootstrap resamples one leaderboard may ask for. */
  public static final int MAX_BOOTSTRAP_SAMPLES = 2_000;

  public Leaderboard {
    standings = List.copyOf(standings);
    Objects.requireNonNull(noFitReason, "noFitReason");
    if (comparisons < 0 || tasksWithoutModels < 0 || tasksWithSameModel < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    if (bootstrapUsed < 0 || bootstrapUsed > bootstrapSamples) {
      throw new IllegalArgumentException("used resamples must be between 0 and " + bootstrapSamples + ": "
          + bootstrapUsed);
    }
  }

  /** Resolved tasks left out of the comparisons, for either reason. */
  public int tasksLeftOut() {
    return tasksWithoutModels + tasksWithSameModel;
  }
}
