package io.collectlite.suggestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.error.ValidationException;
import io.collectlite.template.Answers;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.MultiChoice;
import io.collectlite.template.NumericRating;
import io.collectlite.template.Question;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a model's answers against the template: the primary answer must be one the question allows, further
 * answers must name questions the template asks. Unlike an annotation, a suggestion need not answer every
 * required question (a ranker gives no written critique).
 */
public final class SuggestedAnswers {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SuggestedAnswers() {}

  /** The checked answers, or a {@link ValidationException} naming what the template does not allow. */
  public static Answers of(LabelSchema schema, SuggestionOutcome.Suggested s) {
    Question primary = schema.primary();
    JsonNode normal = primary.normalize(node(primary, s.label()), "label");
    ObjectNode answers = MAPPER.createObjectNode().set(primary.name(), normal);
    for (Map.Entry<String, String> other : new TreeMap<>(s.otherAnswers()).entrySet()) {
      Question q = schema.question(other.getKey()).orElseThrow(() -> ValidationException.field(
          "answers." + other.getKey(), "is not a question of this template"));
      if (q == primary) throw ValidationException.field("answers." + q.name(), "is the primary answer: give it as the label");
      answers.set(q.name(), q.normalize(node(q, other.getValue()), "answers." + q.name()));
    }
    return new Answers(answers.toString(), primary.consensusKey(normal));
  }

  /** Text as the JSON a question reads: numbers and lists parsed, anything else a string. */
  private static JsonNode node(Question q, String text) {
    if (q instanceof NumericRating || q instanceof MultiChoice) {
      try {
        JsonNode parsed = MAPPER.readTree(text);
        if (parsed != null && (q instanceof NumericRating ? parsed.isNumber() : parsed.isArray())) return parsed;
      } catch (JsonProcessingException e) {
        // not JSON: checked as text below, which names the problem
      }
      if (q instanceof MultiChoice) return MAPPER.createArrayNode().add(text);
    }
    return TextNode.valueOf(text);
  }
}
