package io.collectlite.http;

import io.collectlite.annotation.Annotation;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.Map;

/**
 * One annotation as a reviewer sees it.
 *
 * @param annotator the annotator's name
 * @param label the answer to the first question, as consensus counts it
 * @param answers every answer by question name
 * @param source {@code workbench} or {@code import}
 * @param origin for imported annotations, the tool the import named; empty otherwise
 */
record AnnotationView(@OpenApiRequired String annotator, @OpenApiRequired String label,
    @OpenApiRequired Map<String, Object> answers, @OpenApiRequired int template_version,
    @OpenApiRequired String confidence, @OpenApiRequired String notes, @OpenApiRequired long latency_ms,
    @OpenApiRequired String source, @OpenApiRequired String origin, @OpenApiRequired Instant created_at) {
  static AnnotationView of(Annotation a) {
    return new AnnotationView(a.annotatorName(), a.label(), Json.answers(a.answers()), a.templateVersion(),
        a.confidence().wire(), a.notes(), a.latencyMillis(), a.source(), a.origin(), a.createdAt());
  }
}
