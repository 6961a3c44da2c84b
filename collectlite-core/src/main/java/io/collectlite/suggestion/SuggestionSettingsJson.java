package io.collectlite.suggestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggestion settings as JSON, the form stores keep and the API takes:
 * {@code {"visibility": "ablation", "ablation_share": 0.3, "active_learning": "margin"}}. A field left out
 * keeps its value from the settings the document is read over.
 */
public final class SuggestionSettingsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> FIELDS = List.of("visibility", "ablation_share", "active_learning");

  private SuggestionSettingsJson() {}

  /** The settings as a JSON object. */
  public static ObjectNode toTree(SuggestionSettings s) {
    return MAPPER.createObjectNode().put("visibility", s.visibility().wire()).put("ablation_share", s.ablationShare())
        .put("active_learning", s.activeLearning().wire());
  }

  /** Reads stored JSON text over the defaults. */
  public static SuggestionSettings read(String json) {
    try {
      return read(MAPPER.readTree(json), SuggestionSettings.DEFAULTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored suggestion settings are not JSON", e);
    }
  }

  /**
   * Reads a JSON object over {@code base}. Throws one {@link ValidationException} naming every bad field as
   * {@code suggestions.<field>}.
   */
  public static SuggestionSettings read(JsonNode node, SuggestionSettings base) {
    if (node == null || !node.isObject()) throw ValidationException.field("suggestions", "must be a JSON object");
    List<Problem> problems = new ArrayList<>();
    node.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        problems.add(Problem.field("suggestions." + name, "unknown setting; known: " + String.join(", ", FIELDS)));
      }
    });
    Visibility visibility = base.visibility();
    ActiveLearning learning = base.activeLearning();
    double share = base.ablationShare();
    try {
      if (node.has("visibility")) visibility = Visibility.fromWire(text(node, "visibility"), "suggestions.visibility");
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    try {
      if (node.has("active_learning")) {
        learning = ActiveLearning.fromWire(text(node, "active_learning"), "suggestions.active_learning");
      }
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    if (node.has("ablation_share")) {
      JsonNode value = node.get("ablation_share");
      if (!value.isNumber() || !(value.asDouble() > 0 && value.asDouble() < 1)) {
        problems.add(Problem.field("suggestions.ablation_share", "must be a number strictly between 0 and 1"));
      } else {
        share = value.asDouble();
      }
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return new SuggestionSettings(visibility, share, learning);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** The settings as JSON text, for storage. */
  public static String write(SuggestionSettings s) {
    return toTree(s).toString();
  }
}
