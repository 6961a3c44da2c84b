package io.collectlite.http;

import io.collectlite.quality.RecomputeResult;
import io.javalin.openapi.OpenApiRequired;

/**
 * What a recompute did.
 *
 * @param read_ms reading the votes from the database
 * @param compute_ms deciding every task (and fitting Dawid-Skene), without the database
 * @param write_ms storing a consensus version per task, task moves and audit
 */
record RecomputeResponse(@OpenApiRequired ConsensusRunView run, @OpenApiRequired double read_ms,
    @OpenApiRequired double compute_ms, @OpenApiRequired double write_ms) {
  static RecomputeResponse of(RecomputeResult r) {
    return new RecomputeResponse(ConsensusRunView.of(r.run()), r.readMillis(), r.computeMillis(), r.writeMillis());
  }
}
