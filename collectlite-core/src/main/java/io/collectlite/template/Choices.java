package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.error.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Checks shared by the kinds whose answers are options. */
final class Choices {
  private Choices() {}

  static void requireName(String name) {
    if (name == null || !name.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("question name '" + name
          + "' must start with a lower-case letter and hold only a-z, 0-9 and _ (at most 64)");
    }
  }

  static List<LabelOption> options(String question, List<LabelOption> options, int atLeast) {
    List<LabelOption> copy = List.copyOf(options);
    if (copy.size() < atLeast) {
      throw new IllegalArgumentException("question '" + question + "' needs at least " + atLeast + " options");
    }
    var values = new HashSet<String>();
    var keys = new HashSet<String>();
    for (LabelOption option : copy) {
      if (!values.add(option.value())) {
        throw new IllegalArgumentException("question '" + question + "' has the value '" + option.value() + "' twice");
      }
      if (!option.key().isEmpty() && !keys.add(option.key().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("question '" + question + "' uses the key '" + option.key() + "' twice");
      }
    }
    return copy;
  }

  static String option(List<LabelOption> options, JsonNode answer, String field) {
    if (answer == null || !answer.isTextual() || answer.asText().isBlank()) {
      throw ValidationException.field(field, "must be one of: " + allowed(options));
    }
    String value = answer.asText();
    if (options.stream().noneMatch(o -> o.value().equals(value))) {
      throw ValidationException.field(field, "'" + value + "' is not one of: " + allowed(options));
    }
    return value;
  }

  static String allowed(List<LabelOption> options) {
    return options.stream().map(LabelOption::value).collect(Collectors.joining(", "));
  }

  static List<String> keys(List<LabelOption> options) {
    return options.stream().map(LabelOption::key).filter(k -> !k.isEmpty()).toList();
  }
}
