package io.collectlite.quality.pairwise;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link BradleyTerry#fit}: a leaderboard of strengths and how the iteration ended.
 *
 * @param leaderboard every model once, strongest first; equal strengths in model-name order
 * @param iterations MM sweeps performed
 * @param converged whether the tolerance was met before the iteration cap; when false the strengths are the
 *     last iterate, not the maximum-likelihood estimate
 */
public record BradleyTerryFit(List<ModelStrength> leaderboard, int iterations, boolean converged) {
  public BradleyTerryFit {
    leaderboard = List.copyOf(leaderboard);
  }

  /** The model's entry, or empty when it took part in no comparison. */
  public Optional<ModelStrength> model(String model) {
    return leaderboard.stream().filter(entry -> entry.model().equals(model)).findFirst();
  }

  /** The model's log-strength, when it was fitted. */
  public Optional<Double> strength(String model) {
    return model(model).map(ModelStrength::strength);
  }
}
