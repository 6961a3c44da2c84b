package io.collectlite.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit of annotation work: a source example to be labelled by {@code requiredAnnotations}
 * annotators under a template version.
 */
public record Task(
    long id,
    long projectId,
    String exampleId,
    TaskState state,
    int priority,
    int requiredAnnotations,
    int templateVersion,
    String fieldsJson,
    Instant createdAt) {
  public Task {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(state, "state");
    if (requiredAnnotations < 1) throw new IllegalArgumentException("requiredAnnotations must be >= 1");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
