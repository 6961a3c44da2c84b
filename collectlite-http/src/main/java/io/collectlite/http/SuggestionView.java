package io.collectlite.http;

import io.collectlite.suggestion.ModelSuggestion;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.Map;

/**
 * A model's suggestion for a task's example, as a reviewer sees it: never ground truth.
 *
 * @param label the suggested answer to the first question
 * @param answers every suggested answer by question name
 * @param confidence the model's confidence, 0 to 1; null when it gave none
 * @param score the model's own raw score; null when it gave none
 * @param template_version the project's template version the label was checked against
 * @param latency_ms how long the model call took; null when unknown (imported)
 * @param cost_estimate what the call cost, in US dollars; null when unknown
 * @param origin for imports, the tool the predictions file named; empty otherwise
 */
record SuggestionView(@OpenApiRequired String provider, @OpenApiRequired String model,
    @OpenApiRequired String prompt_version, @OpenApiRequired String label, @OpenApiRequired Map<String, Object> answers,
    @OpenApiDescription("0 to 1; null when none") Double confidence, @OpenApiDescription("null when none") Double score,
    @OpenApiRequired String rationale, @OpenApiRequired String source, @OpenApiRequired Instant created_at,
    @OpenApiRequired int template_version, @OpenApiDescription("milliseconds; null when unknown") Long latency_ms,
    @OpenApiDescription("US dollars; null when unknown") Double cost_estimate, @OpenApiRequired String origin) {
  static SuggestionView of(ModelSuggestion s) {
    return new SuggestionView(s.provider(), s.model(), s.promptVersion(), s.label(), Json.answers(s.answers()),
        s.confidence().isPresent() ? s.confidence().getAsDouble() : null,
        s.rawScore().isPresent() ? s.rawScore().getAsDouble() : null, s.rationale(), s.source(), s.createdAt(),
        s.templateVersion(), s.latencyMillis().isPresent() ? s.latencyMillis().getAsLong() : null,
        s.costEstimate().isPresent() ? s.costEstimate().getAsDouble() : null, s.origin());
  }
}
