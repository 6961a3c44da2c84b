package io.collectlite.http;

import io.collectlite.error.Problem;
import io.javalin.openapi.OpenApiRequired;

/**
 * One problem of a refused input.
 *
 * @param line 1-based line (JSONL) or row (CSV) of an uploaded file; 0 when not about a line
 * @param field the field at fault; empty when the whole line is
 */
record ProblemView(@OpenApiRequired int line, @OpenApiRequired String field, @OpenApiRequired String message) {
  static ProblemView of(Problem problem) {
    return new ProblemView(problem.line(), problem.field(), problem.message());
  }
}
