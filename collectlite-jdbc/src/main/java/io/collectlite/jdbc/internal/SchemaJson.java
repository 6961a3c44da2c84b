package io.collectlite.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.template.LabelOption;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import java.util.ArrayList;
import java.util.List;

/** A label schema as the JSON kept in {@code task_templates.schema_json}. */
final class SchemaJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SchemaJson() {}

  static String write(LabelSchema schema) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode question = root.putObject("question");
    // Question is sealed; each new kind gets its branch here and in read()
    if (schema.question() instanceof OrdinalScale scale) {
      question.put("kind", "ordinal").put("name", scale.name()).put("prompt", scale.prompt());
      ArrayNode options = question.putArray("options");
      for (LabelOption o : scale.options()) {
        options.addObject().put("value", o.value()).put("title", o.title()).put("key", o.key());
      }
    }
    ArrayNode fields = root.putArray("required_fields");
    schema.requiredFields().forEach(fields::add);
    return root.toString();
  }

  static LabelSchema read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      JsonNode q = root.get("question");
      Question question = switch (q.get("kind").asText()) {
        case "ordinal" -> {
          List<LabelOption> options = new ArrayList<>();
          for (JsonNode o : q.get("options")) {
            options.add(new LabelOption(o.get("value").asText(), o.get("title").asText(), o.get("key").asText()));
          }
          yield new OrdinalScale(q.get("name").asText(), q.get("prompt").asText(), options);
        }
        default -> throw new IllegalStateException("unknown question kind in stored schema: " + q.get("kind"));
      };
      List<String> fields = new ArrayList<>();
      root.get("required_fields").forEach(f -> fields.add(f.asText()));
      return new LabelSchema(question, fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored label schema is not JSON", e);
    }
  }
}
