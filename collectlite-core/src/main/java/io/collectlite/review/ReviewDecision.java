package io.collectlite.review;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's final label for a task; overrides consensus and is marked as an override in exports. */
public record ReviewDecision(long taskId, long reviewerId, String label, String comment, Instant createdAt) {
  public ReviewDecision {
    Objects.requireNonNull(label, "label");
    comment = Objects.requireNonNullElse(comment, "");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
