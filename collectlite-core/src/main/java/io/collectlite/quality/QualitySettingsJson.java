package io.collectlite.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.ValidationException;
import io.collectlite.template.LabelSchema;
import java.util.Iterator;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Quality settings as JSON, the form stores keep and the API takes:
 * {@code {"aggregation": "dawid_skene", "min_agreement": 0.6, "review_low_confidence": true,
 * "model_disagreement": 0.8, "gold_rate": 0.1, "failed_gold_review": 20}}. A field left out keeps
 * its value from the settings the document is read over; {@code model_disagreement: null} turns
 * that rule off.
 */
public final class QualitySettingsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("aggregation", "min_agreement", "review_low_confidence",
      "model_disagreement", "gold_rate", "failed_gold_review");

  private QualitySettingsJson() {}

  /** The settings as a JSON object. */
  public static ObjectNode toTree(QualitySettings s) {
    ObjectNode node = MAPPER.createObjectNode().put("aggregation", s.aggregation().wire())
        .put("min_agreement", s.minAgreement()).put("review_low_confidence", s.reviewLowConfidence());
    if (s.modelDisagreement().isPresent()) {
      node.put("model_disagreement", s.modelDisagreement().getAsDouble());
    } else {
      node.putNull("model_disagreement");
    }
    return node.put("gold_rate", s.goldRate()).put("failed_gold_review", s.failedGoldReview());
  }

  /** The settings as JSON text, for storage. */
  public static String write(QualitySettings s) {
    return toTree(s).toString();
  }

  /** Reads stored JSON text over the schema's defaults. */
  public static QualitySettings read(String json, LabelSchema schema) {
    try {
      return read(MAPPER.readTree(json), QualitySettings.defaults(schema));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored quality settings are not JSON", e);
    }
  }

  /**
   * Reads a JSON object over {@code base}: fields present replace base's. Throws a
   * {@link ValidationException} naming {@code quality.<field>} for an unknown field or a value of the wrong type.
   */
  public static QualitySettings read(JsonNode node, QualitySettings base) {
    if (node == null || !node.isObject()) throw ValidationException.field("quality", "must be a JSON object");
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        throw ValidationException.field("quality." + name, "unknown setting; known: " + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    AggregationMethod method = base.aggregation();
    if (node.has("aggregation")) {
      JsonNode value = node.get("aggregation");
      if (!value.isTextual()) throw ValidationException.field("quality.aggregation", "must be a string");
      try {
        method = AggregationMethod.fromWire(value.asText());
      } catch (IllegalArgumentException e) {
        throw ValidationException.field("quality.aggregation", e.getMessage());
      }
    }
    double minAgreement = number(node, "min_agreement", base.minAgreement());
    boolean lowConfidence = base.reviewLowConfidence();
    if (node.has("review_low_confidence")) {
      if (!node.get("review_low_confidence").isBoolean()) {
        throw ValidationException.field("quality.review_low_confidence", "must be true or false");
      }
      lowConfidence = node.get("review_low_confidence").booleanValue();
    }
    OptionalDouble model = base.modelDisagreement();
    if (node.has("model_disagreement")) {
      model = node.get("model_disagreement").isNull() ? OptionalDouble.empty()
          : OptionalDouble.of(number(node, "model_disagreement", 0));
    }
    double goldRate = number(node, "gold_rate", base.goldRate());
    int failedGold = base.failedGoldReview();
    if (node.has("failed_gold_review")) {
      JsonNode value = node.get("failed_gold_review");
      if (!value.canConvertToInt() || !value.isIntegralNumber()) {
        throw ValidationException.field("quality.failed_gold_review", "must be a whole number");
      }
      failedGold = value.intValue();
    }
    return new QualitySettings(method, minAgreement, lowConfidence, model, goldRate, failedGold);
  }

  private static double number(JsonNode node, String field, double fallback) {
    if (!node.has(field)) return fallback;
    JsonNode value = node.get(field);
    if (!value.isNumber()) throw ValidationException.field("quality." + field, "must be a number");
    return value.doubleValue();
  }
}
