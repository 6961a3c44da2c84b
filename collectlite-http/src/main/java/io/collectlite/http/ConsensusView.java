package io.collectlite.http;

import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ReviewReason;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * The quality engine's verdict on a task.
 *
 * @param label the consensus label, or its best guess when the task needs review
 * @param score share of annotations agreeing with {@code label}, 0 to 1
 * @param method the aggregation used, e.g. {@code majority}
 * @param reasons why the task needs review, e.g. {@code disagreement}
 */
record ConsensusView(@OpenApiRequired String label, @OpenApiRequired double score, @OpenApiRequired String method,
    @OpenApiRequired List<String> reasons) {
  static ConsensusView of(ConsensusResult r) {
    return new ConsensusView(r.label(), r.score(), r.method(), r.reasons().stream().map(ReviewReason::wire).toList());
  }
}
