package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/**
 * {@code POST /api/projects}.
 *
 * @param task_type defaults to {@code document_relevance}
 * @param overlap annotators per task, 1 to 10; defaults to 2
 * @param seed fixes the train/validation/evaluation split; drawn at random when absent
 */
record CreateProjectRequest(@OpenApiRequired String name, String task_type, String instructions, Integer overlap,
    Long seed) {}
