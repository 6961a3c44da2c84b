package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.collectlite.error.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Any number of a set of options (multi-label). Answers are stored as the chosen values in option
 * order; consensus votes on the whole set.
 *
 * @param minChoices fewest options an answer must pick (0 allows an empty set)
 * @param maxChoices most options an answer may pick
 */
public record MultiChoice(String name, String prompt, boolean required, List<LabelOption> options, int minChoices,
    int maxChoices) implements Question {
  public MultiChoice {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    options = Choices.options(name, options, 2);
    if (minChoices < 0 || maxChoices < Math.max(1, minChoices) || maxChoices > options.size()) {
      throw new IllegalArgumentException("question '" + name + "': choices must satisfy 0 <= min <= max <= "
          + options.size() + " and max >= 1");
    }
  }

  @Override
  public String kind() {
    return "multi_choice";
  }

  @Override
  public List<String> keys() {
    return Choices.keys(options);
  }

  @Override
  public JsonNode normalize(JsonNode answer, String field) {
    if (answer == null || !answer.isArray()) {
      throw ValidationException.field(field, "must be a list of: " + Choices.allowed(options));
    }
    var chosen = new TreeSet<Integer>();
    for (int i = 0; i < answer.size(); i++) {
      String value = Choices.option(options, answer.get(i), field + "[" + i + "]");
      int index = indexOf(value);
      if (!chosen.add(index)) throw ValidationException.field(field, "names '" + value + "' twice");
    }
    if (chosen.size() < minChoices || chosen.size() > maxChoices) {
      throw ValidationException.field(field, "must pick " + (minChoices == maxChoices ? String.valueOf(minChoices)
          : minChoices + " to " + maxChoices) + " options, not " + chosen.size());
    }
    ArrayNode normal = JsonNodeFactory.instance.arrayNode();
    chosen.forEach(i -> normal.add(options.get(i).value()));
    return normal;
  }

  @Override
  public String consensusKey(JsonNode normalized) {
    return normalized.toString();
  }

  private int indexOf(String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) return i;
    }
    throw new IllegalArgumentException(value);
  }
}
