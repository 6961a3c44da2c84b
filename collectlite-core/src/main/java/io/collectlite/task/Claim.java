package io.collectlite.task;

import java.time.Instant;
import java.util.Objects;

/**
 * A task handed to one annotator, held for them until {@code leaseExpiresAt}. Carries only what
 * the annotator may see: no other annotator's label, no gold answer.
 *
 * @param suggestionsShown whether this assignment shows the model's suggestions (drawn at claim time under the
 *     project's visibility setting and recorded)
 */
public record Claim(long assignmentId, long taskId, long projectId, String exampleId, String fieldsJson,
    int templateVersion, Instant leaseExpiresAt, boolean suggestionsShown) {
  public Claim {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
  }
}
