package io.collectlite.importing;

import io.collectlite.template.Answers;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A model's prediction from another tool, validated against the project's current template. It is
 * stored as a model suggestion: assistance, never an annotation, so it changes no task.
 *
 * @param confidence the model's confidence, 0 to 1, when given
 * @param score the model's raw score (any finite number), when given
 * @param origin the tool the line names in {@code source}; empty when none
 */
public record ImportedPrediction(int line, String exampleId, String model, String provider, String promptVersion,
    Answers answers, OptionalDouble confidence, OptionalDouble score, String rationale, Instant createdAt,
    String origin) implements ImportRow {
  public ImportedPrediction {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(promptVersion, "promptVersion");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(origin, "origin");
  }
}
