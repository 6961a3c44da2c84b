package io.collectlite.http;

import io.collectlite.template.Template;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.List;

/**
 * One template version: Markdown instructions and the label schema.
 *
 * @param question the first question, the one consensus decides (also {@code schema.questions[0]})
 * @param required_fields the fields every uploaded row must carry
 */
record TemplateView(@OpenApiRequired int version, @OpenApiRequired String instructions,
    @OpenApiRequired QuestionView question, @OpenApiRequired SchemaView schema,
    @OpenApiRequired List<String> required_fields, @OpenApiRequired Instant created_at) {
  static TemplateView of(Template t) {
    SchemaView schema = SchemaView.of(t.schema());
    return new TemplateView(t.version(), t.instructions(), schema.questions().get(0), schema,
        t.schema().requiredFields(), t.createdAt());
  }
}
