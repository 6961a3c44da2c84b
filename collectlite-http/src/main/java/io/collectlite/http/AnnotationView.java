package io.collectlite.http;

import io.collectlite.annotation.Annotation;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;

/**
 * One annotation as a reviewer sees it.
 *
 * @param annotator the annotator's name
 */
record AnnotationView(@OpenApiRequired String annotator, @OpenApiRequired String label,
    @OpenApiRequired String confidence, @OpenApiRequired String notes, @OpenApiRequired long latency_ms,
    @OpenApiRequired Instant created_at) {
  static AnnotationView of(Annotation a) {
    return new AnnotationView(a.annotatorName(), a.label(), a.confidence().wire(), a.notes(), a.latencyMillis(),
        a.createdAt());
  }
}
