package io.collectlite.annotation;

import java.time.Instant;
import java.util.Objects;

/**
 * One annotator's label for one task; append-only.
 *
 * @param label the primary question's answer as consensus counts it (e.g. {@code highly_relevant})
 * @param answers every answer, as the JSON object of {@link io.collectlite.template.Answers#json()}
 * @param templateVersion the template version the annotator answered under
 */
public record Annotation(long id, long taskId, long annotatorId, String annotatorName, String label, String answers,
    Confidence confidence, String notes, long latencyMillis, int templateVersion, Instant createdAt) {
  public Annotation {
    Objects.requireNonNull(annotatorName, "annotatorName");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
