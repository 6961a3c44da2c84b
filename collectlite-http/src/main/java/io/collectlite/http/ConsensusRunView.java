package io.collectlite.http;

import io.collectlite.quality.ConsensusRun;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.Map;

/**
 * One recompute of a project's consensus.
 *
 * @param method the aggregation method it used
 * @param settings the quality settings it decided under
 * @param tasks tasks it decided
 * @param changed tasks that got another label or moved in or out of review
 */
record ConsensusRunView(@OpenApiRequired long id, @OpenApiRequired String method,
    @OpenApiRequired Map<String, Object> settings, @OpenApiRequired int tasks, @OpenApiRequired int changed,
    @OpenApiRequired Instant created_at) {
  static ConsensusRunView of(ConsensusRun run) {
    return new ConsensusRunView(run.id(), run.method().wire(), Json.answers(run.settings()), run.tasks(),
        run.changed(), run.createdAt());
  }
}
