package io.collectlite.http;

import java.util.Map;

/**
 * {@code POST /api/reviews/{taskId}/revise}: a reviewer's new final answer for a task a review resolved.
 *
 * @param label the answer to the template's first question
 * @param answers every answer by question name, as in an annotation
 * @param comment why the decision changed (optional)
 */
record ReviseRequest(String label, Map<String, Object> answers, String comment) {}
