package io.collectlite.template;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A question whose answers are ordered grades (the first option is grade 0), so a median is
 * meaningful.
 */
public record OrdinalScale(String name, String prompt, List<LabelOption> options) implements Question {
  public OrdinalScale {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    Objects.requireNonNull(prompt, "prompt");
    options = List.copyOf(options);
    if (options.size() < 2) throw new IllegalArgumentException("an ordinal scale needs two options");
    var values = new HashSet<String>();
    var keys = new HashSet<String>();
    for (LabelOption option : options) {
      if (!values.add(option.value())) throw new IllegalArgumentException("duplicate value " + option.value());
      if (!keys.add(option.key())) throw new IllegalArgumentException("duplicate key " + option.key());
    }
  }

  /** The grade of a value (0 for the first option), or empty when the value is not an option. */
  public OptionalInt grade(String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) return OptionalInt.of(i);
    }
    return OptionalInt.empty();
  }

  /** The value of a grade. */
  public String valueOf(int grade) {
    return options.get(grade).value();
  }
}
