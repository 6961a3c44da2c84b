package io.collectlite.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.template.LabelSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  /** The gold rate of stored settings JSON (0 when absent). */
  public static double goldRate(String json) {
    try {
      return MAPPER.readTree(json).path("gold_rate").asDouble(0);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored quality settings are not JSON", e);
    }
  }

  /** Reads stored JSON text over the schema's defaults. */
  public static QualitySettings read(String json, LabelSchema schema) {
    try {
      return read(MAPPER.readTree(json), QualitySettings.defaults(schema), schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored quality settings are not JSON", e);
    }
  }

  /**
   * Reads a JSON object over {@code base}: fields present replace base's. Throws one
   * {@link ValidationException} naming every bad field as {@code quality.<field>}: unknown fields,
   * values of the wrong type or out of range, and an aggregation that cannot decide the schema's
   * first question.
   */
  public static QualitySettings read(JsonNode node, QualitySettings base, LabelSchema schema) {
    if (node == null || !node.isObject()) throw ValidationException.field("quality", "must be a JSON object");
    List<Problem> problems = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        problems.add(Problem.field("quality." + name, "unknown setting; known: "
            + String.join(", ", FIELDS.stream().sorted().toList())));
      }
    }
    AggregationMethod method = base.aggregation();
    if (node.has("aggregation")) {
      JsonNode value = node.get("aggregation");
      if (!value.isTextual()) {
        problems.add(Problem.field("quality.aggregation", "must be a string"));
      } else {
        try {
          method = AggregationMethod.fromWire(value.asText());
        } catch (IllegalArgumentException e) {
          problems.add(Problem.field("quality.aggregation", e.getMessage()));
        }
      }
    }
    double minAgreement = number(node, "min_agreement", base.minAgreement(), problems);
    boolean lowConfidence = base.reviewLowConfidence();
    if (node.has("review_low_confidence")) {
      if (node.get("review_low_confidence").isBoolean()) {
        lowConfidence = node.get("review_low_confidence").booleanValue();
      } else {
        problems.add(Problem.field("quality.review_low_confidence", "must be true or false"));
      }
    }
    OptionalDouble model = base.modelDisagreement();
    if (node.has("model_disagreement")) {
      model = node.get("model_disagreement").isNull() ? OptionalDouble.empty()
          : OptionalDouble.of(number(node, "model_disagreement", 0, problems));
    }
    double goldRate = number(node, "gold_rate", base.goldRate(), problems);
    int failedGold = base.failedGoldReview();
    if (node.has("failed_gold_review")) {
      JsonNode value = node.get("failed_gold_review");
      if (value.isIntegralNumber() && value.canConvertToInt()) {
        failedGold = value.intValue();
      } else {
        problems.add(Problem.field("quality.failed_gold_review", "must be a whole number"));
      }
    }
    QualitySettings read = null;
    try {
      read = new QualitySettings(method, minAgreement, lowConfidence, model, goldRate, failedGold);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    method.misfit(schema).ifPresent(why -> problems.add(Problem.field("quality.aggregation", why)));
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return read;
  }

  private static double number(JsonNode node, String field, double fallback, List<Problem> problems) {
    if (!node.has(field)) return fallback;
    JsonNode value = node.get(field);
    if (value.isNumber()) return value.doubleValue();
    problems.add(Problem.field("quality." + field, "must be a number"));
    return fallback;
  }
}
