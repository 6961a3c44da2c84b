package io.collectlite.importing;

import io.collectlite.annotation.Confidence;
import io.collectlite.template.Answers;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's label from another tool, validated against the project's current template.
 *
 * @param annotator the user name it is stored under (created when missing)
 * @param createdAt when it was made in the other tool (the import time when the line names none)
 * @param origin the tool the line names in {@code source}, e.g. {@code label-studio}; empty when none
 */
public record ImportedAnnotation(int line, String exampleId, String annotator, Answers answers, Confidence confidence,
    String notes, Instant createdAt, String origin) implements ImportRow {
  public ImportedAnnotation {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(origin, "origin");
  }
}
