package io.collectlite.project;

import io.collectlite.suggestion.SuggestionSettings;
import java.util.Objects;

/**
 * What a claim draws by, read together in one look at the project: the gold rate (how often a gold probe is
 * offered) and the suggestion settings (whether the new assignment shows suggestions).
 */
public record ClaimSettings(double goldRate, SuggestionSettings suggestions) {
  public ClaimSettings {
    Objects.requireNonNull(suggestions, "suggestions");
  }
}
