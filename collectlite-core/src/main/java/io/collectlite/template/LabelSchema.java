package io.collectlite.template;

import io.collectlite.error.ValidationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The questions an annotator answers for each task. This version has one question per schema;
 * multi-question schemas come with the generic template work.
 */
public record LabelSchema(Question question, List<String> requiredFields) {
  public LabelSchema {
    java.util.Objects.requireNonNull(question, "question");
    requiredFields = List.copyOf(requiredFields);
  }

  /** Checks that a label is one of the question's options, or throws naming the allowed values. */
  public void requireValid(String label) {
    if (label == null || label.isBlank()) throw ValidationException.field("label", "is required");
    boolean known = question.options().stream().anyMatch(o -> o.value().equals(label));
    if (!known) {
      String allowed = question.options().stream().map(LabelOption::value).collect(Collectors.joining(", "));
      throw ValidationException.field("label", "'" + label + "' is not one of: " + allowed);
    }
  }
}
