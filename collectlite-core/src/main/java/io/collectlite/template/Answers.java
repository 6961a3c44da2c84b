package io.collectlite.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A normalised label: every answer by question name, as compact JSON, and the primary question's
 * consensus key (what votes are counted on).
 *
 * @param json the answers object, e.g. {@code {"verdict":"incorrect","corrected_answer":"Paris"}}
 * @param primaryKey e.g. {@code incorrect}; for a multi choice the JSON list, for a number its plain text
 */
public record Answers(String json, String primaryKey) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Answers {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(primaryKey, "primaryKey");
  }

  /** The answers as a JSON tree (a fresh copy). */
  public JsonNode tree() {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answers are always JSON", e);
    }
  }

  /** The primary answer's value as exports write it, from its consensus key. */
  static JsonNode primaryValue(FinalLabelType type, String key) {
    return switch (type) {
      case NUMBER -> DecimalNode.valueOf(new BigDecimal(key));
      case LIST -> parse(key);
      case TEXT -> TextNode.valueOf(key);
    };
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a multi-choice key is JSON: " + json, e);
    }
  }
}
