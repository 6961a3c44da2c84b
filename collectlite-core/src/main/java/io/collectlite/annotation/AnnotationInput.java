package io.collectlite.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.error.TextInput;
import io.collectlite.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * What an annotator submits for a task.
 *
 * @param label the answers: an object keyed by question name ({@code {"verdict": "incorrect",
 *     "corrected_answer": "Paris"}}), or a single value that answers the template's first question
 * @param latencyMillis time the annotator spent on the task, as measured by the client
 * @param idempotencyKey when present, a repeat of the same submit returns the first annotation
 *     instead of failing or writing a second row
 */
public record AnnotationInput(JsonNode label, Confidence confidence, String notes, long latencyMillis,
    Optional<String> idempotencyKey) {
  /** Longest note kept. */
  public static final int MAX_NOTES = 10_000;

  public AnnotationInput {
    if (label == null || label.isNull()) throw ValidationException.field("label", "is required");
    Objects.requireNonNull(confidence, "confidence");
    notes = TextInput.noNul("notes", Objects.requireNonNullElse(notes, ""));
    if (notes.length() > MAX_NOTES) throw ValidationException.field("notes", "is longer than " + MAX_NOTES + " characters");
    if (latencyMillis < 0) throw ValidationException.field("latency_ms", "must be >= 0");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    idempotencyKey.ifPresent(k -> TextInput.noNul("idempotency_key", k));
    if (idempotencyKey.map(k -> k.isBlank() || k.length() > 200).orElse(false)) {
      throw ValidationException.field("idempotency_key", "must be 1 to 200 characters");
    }
  }

  /** An answer to the first question with medium confidence, no notes, no idempotency key. */
  public static AnnotationInput of(String label) {
    return of(TextNode.valueOf(label));
  }

  /** Answers (an object by question name, or one value) with medium confidence, no notes, no idempotency key. */
  public static AnnotationInput of(JsonNode label) {
    return new AnnotationInput(label, Confidence.MEDIUM, "", 0, Optional.empty());
  }

  /** The same input with a confidence. */
  public AnnotationInput withConfidence(Confidence newConfidence) {
    return new AnnotationInput(label, newConfidence, notes, latencyMillis, idempotencyKey);
  }

  /** The same input with an idempotency key. */
  public AnnotationInput withIdempotencyKey(String key) {
    return new AnnotationInput(label, confidence, notes, latencyMillis, Optional.of(key));
  }
}
