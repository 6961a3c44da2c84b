package io.collectlite.http;

import io.collectlite.annotation.SubmitOutcome;
import io.javalin.openapi.OpenApiRequired;

/**
 * What a submit did.
 *
 * @param task_state the task's state afterwards, e.g. assigned, resolved or needs_review
 * @param replayed true when an earlier submit with the same idempotency key is returned
 */
record SubmitResponse(@OpenApiRequired long annotation_id, @OpenApiRequired String task_state,
    @OpenApiRequired boolean replayed) {
  static SubmitResponse of(SubmitOutcome o) {
    return new SubmitResponse(o.annotation().id(), o.taskState().wire(), o.replayed());
  }
}
