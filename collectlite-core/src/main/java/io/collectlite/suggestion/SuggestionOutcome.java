package io.collectlite.suggestion;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** What a provider answered for one request: a suggested label, or a failure with its reason. */
public sealed interface SuggestionOutcome permits SuggestionOutcome.Suggested, SuggestionOutcome.Failed {

  /**
   * A suggested label.
   *
   * @param label the primary question's answer, as its value (an option value such as
   *     {@code highly_relevant}, {@code a} / {@code b} / {@code tie} for pairwise, a number as text
   *     for a numeric rating)
   * @param otherAnswers answers to further questions by question name (a written critique, a
   *     corrected answer); empty when the model gives none
   * @param rawScore the model's own score on its own scale (a cosine, a rerank relevance score)
   * @param confidence the model's confidence in {@code label}, 0 to 1
   * @param distribution the model's probability for each option value of the primary question when
   *     it has one (summing to about 1); active learning reads its margin or entropy. Empty when
   *     the model gives none
   * @param rationale why, in the model's words; empty when none
   * @param costEstimate what the call cost for this request, in US dollars
   * @param latencyMillis this request's share of the call's wall time
   */
  record Suggested(String label, Map<String, String> otherAnswers, OptionalDouble rawScore,
      OptionalDouble confidence, Map<String, Double> distribution, String rationale, OptionalDouble costEstimate,
      long latencyMillis) implements SuggestionOutcome {
    public Suggested {
      Objects.requireNonNull(label, "label");
      otherAnswers = Map.copyOf(otherAnswers);
      Objects.requireNonNull(rawScore, "rawScore");
      Objects.requireNonNull(confidence, "confidence");
      if (confidence.isPresent() && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
        throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence.getAsDouble());
      }
      distribution = Map.copyOf(distribution);
      if (distribution.values().stream().anyMatch(p -> !(p >= 0 && p <= 1))) {
        throw new IllegalArgumentException("a distribution's probabilities lie between 0 and 1: " + distribution);
      }
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(costEstimate, "costEstimate");
      if (latencyMillis < 0) throw new IllegalArgumentException("latency cannot be negative");
    }
  }

  /**
   * The model gave no usable answer for this request (a malformed or out-of-schema reply).
   *
   * @param error what went wrong, stored with the failure
   */
  record Failed(String error) implements SuggestionOutcome {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
