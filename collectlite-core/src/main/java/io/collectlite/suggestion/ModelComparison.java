package io.collectlite.suggestion;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A settled task's final label beside one model's latest suggestion for its example.
 *
 * @param group the value of the row field that groups rankings (the query, for relevance), empty when none
 */
public record ModelComparison(SuggestionKey key, String suggested, OptionalDouble rawScore, String finalLabel,
    String group) {
  public ModelComparison {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(suggested, "suggested");
    Objects.requireNonNull(rawScore, "rawScore");
    Objects.requireNonNull(finalLabel, "finalLabel");
    Objects.requireNonNull(group, "group");
  }
}
