package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.ValidationException;
import io.collectlite.template.FreeText;
import io.collectlite.template.LabelOption;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Question;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared pieces of the judge tasks: JSON-schema fragments, option lists, answer checks. */
final class Replies {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Replies() {}

  /** {@code {"type": "string", "enum": [values]}}. */
  static ObjectNode stringEnum(List<String> values) {
    ArrayNode allowed = JSON.arrayNode();
    values.forEach(allowed::add);
    return JSON.objectNode().put("type", "string").set("enum", allowed);
  }

  static ObjectNode ofType(String type) {
    return JSON.objectNode().put("type", type);
  }

  static List<String> values(List<LabelOption> options) {
    return options.stream().map(LabelOption::value).toList();
  }

  /** One {@code - value: title} line per option. */
  static String optionLines(List<LabelOption> options) {
    return options.stream().map(o -> "- " + o.value() + (o.title().equals(o.value()) ? "" : ": " + o.title()))
        .collect(Collectors.joining("\n"));
  }

  /** The first free-text question after the primary one (a corrected answer, a critique). */
  static Optional<FreeText> freeText(LabelSchema schema) {
    return schema.questions().stream().skip(1).filter(FreeText.class::isInstance).map(FreeText.class::cast)
        .findFirst();
  }

  /** A question's normal form of {@code answer}, or a {@link JudgeTask.BadReply} quoting the template's check. */
  static JsonNode normalize(Question question, JsonNode answer, String key) throws JudgeTask.BadReply {
    try {
      return question.normalize(answer, key);
    } catch (ValidationException e) {
      throw new JudgeTask.BadReply("Cohere's reply does not fit the template: " + e.getMessage());
    }
  }

  /**
   * A free-text answer, normalised; empty when the reply leaves it blank and the question is
   * optional.
   */
  static Optional<String> text(FreeText question, JsonNode reply, String key) throws JudgeTask.BadReply {
    JsonNode answer = reply.get(key);
    if (answer == null || answer.isNull() || (answer.isTextual() && answer.asText().isBlank())) {
      if (question.required()) throw new JudgeTask.BadReply("Cohere's reply has no " + key);
      return Optional.empty();
    }
    return Optional.of(normalize(question, answer, key).asText());
  }
}
