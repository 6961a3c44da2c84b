package io.collectlite.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's final label for a task; overrides consensus and is marked as an override in exports.
 *
 * @param label the primary question's answer (what the export's {@code final_label} holds)
 * @param answers every answer the reviewer gave, as a JSON object
 */
public record ReviewDecision(long taskId, long reviewerId, String label, String answers, String comment,
    Instant createdAt) {
  public ReviewDecision {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(answers, "answers");
    comment = Objects.requireNonNullElse(comment, "");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
