package io.collectlite.http;

import io.collectlite.annotation.SubmitOutcome;
import io.javalin.openapi.OpenApiRequired;

/**
 * What a submit did, and nothing about the task's consensus: its state after the submit (resolved,
 * needs review) would tell the annotator whether the other annotators chose the same label.
 *
 * @param annotation_id the caller's stored annotation
 * @param replayed true when an earlier submit with the same idempotency key is returned
 */
record SubmitResponse(@OpenApiRequired long annotation_id, @OpenApiRequired boolean replayed) {
  static SubmitResponse of(SubmitOutcome o) {
    return new SubmitResponse(o.annotation().id(), o.replayed());
  }
}
