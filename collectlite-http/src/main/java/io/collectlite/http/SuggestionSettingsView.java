package io.collectlite.http;

import io.collectlite.suggestion.SuggestionSettings;
import io.javalin.openapi.OpenApiRequired;

/**
 * A project's suggestion settings.
 *
 * @param visibility shown, hidden, or ablation (a random, recorded share of assignments hides suggestions)
 * @param ablation_share under ablation, the share of assignments that hide them (0 to 1, exclusive)
 * @param active_learning off, margin or entropy: how model uncertainty sets the queue's priority
 */
record SuggestionSettingsView(@OpenApiRequired String visibility, @OpenApiRequired double ablation_share,
    @OpenApiRequired String active_learning) {
  static SuggestionSettingsView of(SuggestionSettings s) {
    return new SuggestionSettingsView(s.visibility().wire(), s.ablationShare(), s.activeLearning().wire());
  }
}
