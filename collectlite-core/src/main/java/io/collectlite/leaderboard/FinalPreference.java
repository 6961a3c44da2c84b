package io.collectlite.leaderboard;

import java.util.Objects;
import java.util.Optional;

/**
 * A pairwise task with a final label, as a leaderboard reads it from the store: the models its row names and
 * which response won.
 *
 * @param taskId the task
 * @param modelA the row's {@code model_a}, stripped; empty when the row has none, it is not text, or it is blank
 * @param modelB the row's {@code model_b}, likewise
 * @param finalLabel the task's final label on the first question: the reviewer's when the task was reviewed, else
 *     the consensus label ({@code a}, {@code b} or {@code tie})
 */
public record FinalPreference(long taskId, Optional<String> modelA, Optional<String> modelB, String finalLabel) {
  public FinalPreference {
    modelA = modelA.map(String::strip).filter(name -> !name.isEmpty());
    modelB = modelB.map(String::strip).filter(name -> !name.isEmpty());
    Objects.requireNonNull(finalLabel, "finalLabel");
  }
}
