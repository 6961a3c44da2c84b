package io.collectlite.quality;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recompute of a project's consensus; every result it wrote names it.
 *
 * @param method the aggregation method it used
 * @param settings the quality settings it decided under, as JSON
 * @param model the fitted parameters of the method (Dawid–Skene), as JSON; empty for other methods
 * @param tasks how many tasks it decided
 * @param changed how many of them got another label or another review decision than before
 */
public record ConsensusRun(long id, long projectId, AggregationMethod method, String settings, String model,
    int tasks, int changed, Optional<Long> createdBy, Instant createdAt) {
  public ConsensusRun {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
