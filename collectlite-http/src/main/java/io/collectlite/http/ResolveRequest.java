package io.collectlite.http;

import java.util.Map;

/**
 * {@code POST /api/reviews/{taskId}/resolve}: the final label (or all answers) and an optional comment.
 *
 * @param label the answer to the template's first question
 * @param answers every answer by question name, as in an annotation
 * @param gold also make the decision the task's gold answer (scores the annotators who labelled it,
 *     and serves it to others as a gold probe)
 */
record ResolveRequest(String label, Map<String, Object> answers, String comment, Boolean gold) {}
