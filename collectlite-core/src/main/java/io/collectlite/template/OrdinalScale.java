package io.collectlite.template;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An ordinal rating: answers are ordered grades (the first option is grade 0), so a median is
 * meaningful.
 */
public record OrdinalScale(String name, String prompt, boolean required, List<LabelOption> options)
    implements OptionQuestion {
  public OrdinalScale {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    options = Choices.options(name, options, 2);
  }

  /** A required ordinal scale. */
  public OrdinalScale(String name, String prompt, List<LabelOption> options) {
    this(name, prompt, true, options);
  }

  @Override
  public String kind() {
    return "ordinal";
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
