package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of two responses is better: {@code a}, {@code b} or (when allowed) {@code tie}, with an
 * optional strength. Answers are stored as {@code {"choice": "a", "strength": "clearly"}};
 * consensus votes on the choice.
 *
 * @param choices the options {@code a}, {@code b} and optionally {@code tie}, with their titles and keys
 * @param strengths how much better, e.g. slightly / clearly; empty when not asked
 */
public record PairwiseChoice(String name, String prompt, boolean required, List<LabelOption> choices,
    List<LabelOption> strengths) implements Question {
  /** The choice values, in order. */
  public static final List<String> VALUES = List.of("a", "b", "tie");

  public PairwiseChoice {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    choices = Choices.options(name, choices, 2);
    List<String> values = choices.stream().map(LabelOption::value).toList();
    if (!values.equals(VALUES.subList(0, 2)) && !values.equals(VALUES)) {
      throw new IllegalArgumentException("question '" + name + "': pairwise choices are a, b and optionally tie");
    }
    strengths = strengths.isEmpty() ? List.of() : Choices.options(name, strengths, 2);
  }

  /** Whether annotators may call it a tie. */
  public boolean allowsTie() {
    return choices.size() == 3;
  }

  @Override
  public String kind() {
    return "pairwise";
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(Choices.keys(choices));
    keys.addAll(Choices.keys(strengths));
    return keys;
  }

  @Override
  public JsonNode normalize(JsonNode answer, String field) {
    JsonNode choice = answer != null && answer.isObject() ? answer.get("choice") : answer;
    String value = Choices.option(choices, choice, answer != null && answer.isObject() ? field + ".choice" : field);
    ObjectNode normal = JsonNodeFactory.instance.objectNode().put("choice", value);
    JsonNode strength = answer.isObject() ? answer.get("strength") : null;
    if (strength != null && !strength.isNull()) {
      if (strengths.isEmpty()) throw ValidationException.field(field + ".strength", "is not asked by this template");
      if (value.equals("tie")) throw ValidationException.field(field + ".strength", "does not apply to a tie");
      normal.put("strength", Choices.option(strengths, strength, field + ".strength"));
    }
    if (answer.isObject()) {
      for (var names = answer.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!key.equals("choice") && !key.equals("strength")) {
          throw ValidationException.field(field + "." + key, "is not part of a pairwise answer (choice, strength)");
        }
      }
    }
    return normal;
  }

  @Override
  public String consensusKey(JsonNode normalized) {
    return normalized.get("choice").asText();
  }
}
