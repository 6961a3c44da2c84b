package io.collectlite.annotation;

import java.time.Instant;
import java.util.Objects;

/** One annotator's label for one task; append-only. */
public record Annotation(long id, long taskId, long annotatorId, String annotatorName, String label,
    Confidence confidence, String notes, long latencyMillis, int templateVersion, Instant createdAt) {
  public Annotation {
    Objects.requireNonNull(annotatorName, "annotatorName");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
