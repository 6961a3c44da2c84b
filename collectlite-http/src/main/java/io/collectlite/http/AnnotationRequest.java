package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/**
 * {@code POST /api/tasks/{id}/annotations}.
 *
 * @param label one of the template's option values
 * @param confidence low, medium or high; medium when absent
 * @param latency_ms time spent on the task as the client measured it
 * @param idempotency_key when given, a retry with the same key returns the first annotation
 */
record AnnotationRequest(@OpenApiRequired String label, String confidence, String notes, Long latency_ms,
    String idempotency_key) {}
