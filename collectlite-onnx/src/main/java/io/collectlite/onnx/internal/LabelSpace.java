package io.collectlite.onnx.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.collectlite.template.LabelOption;
import io.collectlite.template.MultiChoice;
import io.collectlite.template.SingleChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A classification question's options, and how its answers are written: an option value for a single choice, a JSON
 * array of values in option order for a multiple choice (the question's consensus key).
 *
 * @param multi whether an answer is a set of options
 * @param minChoices fewest options a multiple-choice answer picks (1 for a single choice)
 * @param maxChoices most options an answer picks (1 for a single choice)
 */
public record LabelSpace(List<LabelOption> options, boolean multi, int minChoices, int maxChoices) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public LabelSpace {
    options = List.copyOf(options);
    if (options.size() < 2) throw new IllegalArgumentException("a classification needs two options");
  }

  /** A single choice's options. */
  public static LabelSpace of(SingleChoice question) {
    return new LabelSpace(question.options(), false, 1, 1);
  }

  /** A multiple choice's options. */
  public static LabelSpace of(MultiChoice question) {
    return new LabelSpace(question.options(), true, question.minChoices(), question.maxChoices());
  }

  /** The option values, in order. */
  public List<String> values() {
    return options.stream().map(LabelOption::value).toList();
  }

  /** The text each option is compared with: its given description, else its title and value. */
  public List<String> descriptions(Map<String, String> given) {
    return options.stream().map(o -> given.getOrDefault(o.value(), describe(o))).toList();
  }

  /** The options a settled label names, as a membership per option; empty when it names an unknown option. */
  public Optional<boolean[]> parse(String label) {
    boolean[] chosen = new boolean[options.size()];
    if (!multi) return mark(chosen, label);
    try {
      JsonNode array = JSON.readTree(label);
      if (array == null || !array.isArray()) return Optional.empty();
      for (JsonNode value : array) {
        if (!value.isTextual() || mark(chosen, value.asText()).isEmpty()) return Optional.empty();
      }
      return Optional.of(chosen);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The answer naming the chosen options: one value, or a JSON array of values in option order. */
  public String format(boolean[] chosen) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) values.add(options.get(i).value());
    }
    if (!multi) {
      if (values.size() != 1) throw new IllegalArgumentException("a single choice names one option: " + values);
      return values.get(0);
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array.toString();
  }

  private Optional<boolean[]> mark(boolean[] chosen, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        chosen[i] = true;
        return Optional.of(chosen);
      }
    }
    return Optional.empty();
  }

  private static String describe(LabelOption option) {
    String title = option.title().strip();
    String value = option.value().replace('_', ' ').strip();
    if (title.isEmpty()) return value;
    return title.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)) ? title : title + " (" + value + ")";
  }
}
