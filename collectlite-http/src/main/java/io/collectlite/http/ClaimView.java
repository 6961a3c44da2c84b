package io.collectlite.http;

import io.collectlite.task.Claim;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import io.collectlite.suggestion.ModelSuggestion;
import java.util.List;
import java.util.Map;

/**
 * A task held for the caller until {@code lease_expires_at}: only what an annotator may see.
 *
 * @param fields the example's fields, e.g. {@code query} and {@code document}; non-text values as JSON text
 * @param suggestions_shown whether this assignment shows model suggestions (the project's visibility setting)
 * @param suggestions the model suggestions for the example, empty when the assignment hides them
 */
record ClaimView(@OpenApiRequired long assignment_id, @OpenApiRequired long task_id,
    @OpenApiRequired long project_id, @OpenApiRequired String example_id,
    @OpenApiRequired Map<String, String> fields, @OpenApiRequired int template_version,
    @OpenApiRequired Instant lease_expires_at, @OpenApiRequired boolean suggestions_shown,
    @OpenApiRequired List<SuggestionView> suggestions) {
  static ClaimView of(Claim c, List<ModelSuggestion> suggestions) {
    return new ClaimView(c.assignmentId(), c.taskId(), c.projectId(), c.exampleId(), Json.fields(c.fieldsJson()),
        c.templateVersion(), c.leaseExpiresAt(), c.suggestionsShown(),
        suggestions.stream().map(SuggestionView::of).toList());
  }
}
