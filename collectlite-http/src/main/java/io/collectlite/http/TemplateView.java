package io.collectlite.http;

import io.collectlite.template.Template;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.List;

/**
 * One template version: Markdown instructions and the question annotators answer.
 *
 * @param required_fields the fields every uploaded row must carry
 */
record TemplateView(@OpenApiRequired int version, @OpenApiRequired String instructions,
    @OpenApiRequired QuestionView question, @OpenApiRequired List<String> required_fields,
    @OpenApiRequired Instant created_at) {
  static TemplateView of(Template t) {
    return new TemplateView(t.version(), t.instructions(), QuestionView.of(t.schema().question()),
        t.schema().requiredFields(), t.createdAt());
  }
}
