package io.collectlite.export;

import io.collectlite.annotation.Confidence;
import java.time.Instant;
import java.util.Objects;

/**
 * One raw annotation as a store streams it for an export that includes annotations. The writer
 * replaces {@code annotatorId} by a {@link Pseudonyms pseudonym}; the id never reaches the file.
 *
 * @param answersJson the stored answers, a JSON object by question name
 * @param latencyMs milliseconds the annotator spent on the task
 * @param source {@code workbench} or {@code import}
 * @param origin for imports, the tool the import named; empty otherwise
 */
public record ExportAnnotation(long taskId, long annotatorId, String answersJson, String label, Confidence confidence,
    String notes, long latencyMs, int templateVersion, String source, String origin, Instant createdAt) {
  public ExportAnnotation {
    Objects.requireNonNull(answersJson, "answersJson");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
