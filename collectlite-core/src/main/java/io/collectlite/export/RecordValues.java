package io.collectlite.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.template.LabelSchema;
import java.time.Instant;
import java.util.List;

/** The values both file formats derive from a row: split, typed final label, pseudonymized annotations. */
record RecordValues(long seed, SplitRatios ratios, LabelSchema schema, Instant exportedAt, ExportOptions options,
    Pseudonyms pseudonyms) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  String split(ExportRow row) {
    return ratios.splitOf(seed, row.splitKey()).wire();
  }

  boolean withState() {
    return options.tasks() == TaskFilter.ALL;
  }

  /** The row's annotations, each annotator replaced by their pseudonym in this project. */
  ArrayNode annotations(ExportRow row) {
    ArrayNode list = MAPPER.createArrayNode();
    for (ExportAnnotation a : row.annotations()) {
      ObjectNode node = list.addObject();
      node.put("annotator", pseudonyms.annotator(a.annotatorId()));
      node.set("answers", json(a.answersJson()));
      node.put("label", a.label());
      node.put("confidence", a.confidence().wire());
      node.put("notes", a.notes());
      node.put("latency_ms", a.latencyMs());
      node.put("template_version", a.templateVersion());
      node.put("source", a.source());
      if (!a.origin().isEmpty()) node.put("origin", a.origin());
      node.put("created_at", a.createdAt().toString());
    }
    return list;
  }

  /** The fields of a model suggestion in an export record, in order; also the CSV's {@code model_suggestion.*} columns. */
  static final List<String> SUGGESTION_FIELDS = List.of("provider", "model", "prompt_version", "template_version",
      "label", "answers", "raw_score", "rationale", "confidence", "latency_ms", "cost_estimate", "source", "origin",
      "created_at");

  /**
   * A suggestion as an export record holds it: {@link #SUGGESTION_FIELDS}, the label typed as {@code final_label} is,
   * a value the model did not give as null.
   */
  ObjectNode suggestion(ModelSuggestion s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("provider", s.provider());
    node.put("model", s.model());
    node.put("prompt_version", s.promptVersion());
    node.put("template_version", s.templateVersion());
    node.set("label", suggestionLabel(s.label()));
    node.set("answers", json(s.answers()));
    if (s.rawScore().isPresent()) node.put("raw_score", s.rawScore().getAsDouble()); else node.putNull("raw_score");
    node.put("rationale", s.rationale());
    if (s.confidence().isPresent()) node.put("confidence", s.confidence().getAsDouble()); else node.putNull("confidence");
    if (s.latencyMillis().isPresent()) node.put("latency_ms", s.latencyMillis().getAsLong()); else node.putNull("latency_ms");
    if (s.costEstimate().isPresent()) {
      node.put("cost_estimate", s.costEstimate().getAsDouble());
    } else {
      node.putNull("cost_estimate");
    }
    node.put("source", s.source());
    node.put("origin", s.origin());
    node.put("created_at", s.createdAt().toString());
    return node;
  }

  /**
   * The label typed as {@code final_label} is; as text when it is not of the current first question's type
   * (a suggestion checked against an older template), so one old suggestion never fails an export.
   */
  private JsonNode suggestionLabel(String key) {
    try {
      return schema.finalLabel(key);
    } catch (NumberFormatException | IllegalStateException e) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(key);
    }
  }

  /** The row's latest suggestion of each provider and model, newest first. */
  ArrayNode suggestions(ExportRow row) {
    ArrayNode list = MAPPER.createArrayNode();
    for (ModelSuggestion s : row.suggestions()) list.add(suggestion(s));
    return list;
  }

  /** Whether a consensus key is a plain decimal number. */
  static boolean isNumber(String key) {
    try {
      new java.math.BigDecimal(key);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A value as a CSV cell: text as is, null (or missing) empty, numbers and booleans as written, arrays and objects as JSON. */
  static String cell(JsonNode value) {
    if (value == null || value.isNull()) return "";
    return value.isTextual() ? value.asText() : value.toString();
  }

  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a store returned invalid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
