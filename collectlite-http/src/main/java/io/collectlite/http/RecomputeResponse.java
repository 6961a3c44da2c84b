package io.collectlite.http;

import io.collectlite.quality.RecomputeResult;
import io.javalin.openapi.OpenApiRequired;

/**
 * What a recompute did.
 *
 * @param compute_ms time spent deciding (and fitting), without the database
 * @param total_ms time from the first decision to the stored run
 */
record RecomputeResponse(@OpenApiRequired ConsensusRunView run, @OpenApiRequired double compute_ms,
    @OpenApiRequired double total_ms) {
  static RecomputeResponse of(RecomputeResult r) {
    return new RecomputeResponse(ConsensusRunView.of(r.run()), r.computeMillis(), r.totalMillis());
  }
}
