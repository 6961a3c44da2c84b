package io.collectlite.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.template.LabelSchema;
import java.time.Instant;

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
