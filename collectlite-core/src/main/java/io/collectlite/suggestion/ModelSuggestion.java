package io.collectlite.suggestion;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A model's label for one example, with its provenance; append-only, and never ground truth.
 *
 * @param provider who ran the model (e.g. {@code openai}); empty when unknown
 * @param promptVersion the prompt or template version the model was asked with; empty when unknown
 * @param templateVersion the project's template version the label was checked against
 * @param label the primary answer's consensus key
 * @param answers every answer, as the JSON object of {@link io.collectlite.template.Answers#json()}
 * @param rawScore the model's own score, on its own scale
 * @param confidence the model's confidence, 0 to 1
 * @param latencyMillis how long the call took
 * @param costEstimate what the call cost, in US dollars
 * @param source {@code import} (from a file) or {@code generated} (by a suggester)
 * @param origin for imports, the tool the line named; empty otherwise
 */
public record ModelSuggestion(long id, String exampleId, String provider, String model, String promptVersion,
    int templateVersion, String label, String answers, OptionalDouble rawScore, String rationale,
    OptionalDouble confidence, OptionalLong latencyMillis, OptionalDouble costEstimate, String source, String origin,
    Instant createdAt) {
  public ModelSuggestion {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(promptVersion, "promptVersion");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(rawScore, "rawScore");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(latencyMillis, "latencyMillis");
    Objects.requireNonNull(costEstimate, "costEstimate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
