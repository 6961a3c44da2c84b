package io.collectlite.template;

import java.util.List;
import java.util.Objects;

/** Exactly one of a set of unordered options (a class label); consensus is a majority vote. */
public record SingleChoice(String name, String prompt, boolean required, List<LabelOption> options)
    implements OptionQuestion {
  public SingleChoice {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    options = Choices.options(name, options, 2);
  }

  @Override
  public String kind() {
    return "single_choice";
  }
}
