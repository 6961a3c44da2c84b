package io.collectlite.project;

import io.collectlite.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of annotation task a project produces; each starts from its preset template. */
public enum TaskType {
  /** A prompt and two responses: which is better (A / B / tie, with a strength). */
  PAIRWISE_PREFERENCE,
  /** A query and one document, graded irrelevant / partially relevant / highly relevant (RAG). */
  DOCUMENT_RELEVANCE,
  /** A text and one label (or several) from the template's label set. */
  CLASSIFICATION,
  /** A context, a question and an answer: correct / partially correct / incorrect, plus a corrected answer. */
  QA_VALIDATION,
  /** A prompt and a response: a 1–5 rating and a written critique. */
  CRITIQUE;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name, or throws a validation error listing the known types. */
  public static TaskType fromWire(String value) {
    try {
      return TaskType.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.field("task_type", "'" + value + "' is not one of: "
          + Arrays.stream(values()).map(TaskType::wire).collect(Collectors.joining(", ")));
    }
  }
}
