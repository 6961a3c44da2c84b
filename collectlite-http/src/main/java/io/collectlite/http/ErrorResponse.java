package io.collectlite.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * The body of every error answer.
 *
 * @param error a short stable code, e.g. {@code validation_failed}
 * @param detail a sentence for humans
 * @param problems every problem of a refused input (validation errors only; absent otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorResponse(@OpenApiRequired String error, @OpenApiRequired String detail, List<ProblemView> problems) {
  static ErrorResponse of(String error, String detail) {
    return new ErrorResponse(error, detail, null);
  }
}
