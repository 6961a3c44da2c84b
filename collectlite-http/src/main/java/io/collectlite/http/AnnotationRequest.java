package io.collectlite.http;

import java.util.Map;

/**
 * {@code POST /api/tasks/{id}/annotations}. Give {@code label} or {@code answers}.
 *
 * @param label the answer to the template's first question (an option value, a number as text)
 * @param answers every answer by question name, e.g. {@code {"verdict": "incorrect", "corrected_answer":
 *     "Paris"}}; a pairwise answer is {@code {"choice": "a", "strength": "clearly"}}, a multi choice a list
 * @param confidence low, medium or high; medium when absent
 * @param latency_ms time spent on the task as the client measured it
 * @param idempotency_key when given, a retry with the same key returns the first annotation
 */
record AnnotationRequest(String label, Map<String, Object> answers, String confidence, String notes,
    Long latency_ms, String idempotency_key) {}
