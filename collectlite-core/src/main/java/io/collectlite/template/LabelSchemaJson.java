package io.collectlite.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A label schema as JSON: the form stores keep and the API takes and returns.
 *
 * <pre>{@code
 * {"questions": [{"kind": "ordinal", "name": "verdict", "prompt": "Is the answer right?", "required": true,
 *                 "options": [{"value": "incorrect", "title": "Incorrect", "key": "1"}, ...]},
 *                {"kind": "free_text", "name": "corrected_answer", "required": false, "max_length": 2000, "key": "c"}],
 *  "required_fields": ["context", "question", "answer"],
 *  "field_mapping": {"question": "q"}}
 * }</pre>
 *
 * Kinds: {@code single_choice}, {@code multi_choice} ({@code min_choices}, {@code max_choices}),
 * {@code ordinal}, {@code numeric} ({@code min}, {@code max}, {@code step}, {@code tolerance}),
 * {@code pairwise} ({@code choices} a / b / tie, {@code strengths}), {@code free_text}
 * ({@code max_length}, {@code key}).
 */
public final class LabelSchemaJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LabelSchemaJson() {}

  /** The schema as a JSON object. */
  public static ObjectNode toTree(LabelSchema schema) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode questions = root.putArray("questions");
    for (Question q : schema.questions()) {
      ObjectNode node = questions.addObject().put("kind", q.kind()).put("name", q.name()).put("prompt", q.prompt())
          .put("required", q.required());
      if (q instanceof OptionQuestion o) {
        writeOptions(node.putArray("options"), o.options());
      } else if (q instanceof MultiChoice m) {
        writeOptions(node.putArray("options"), m.options());
        node.put("min_choices", m.minChoices()).put("max_choices", m.maxChoices());
      } else if (q instanceof NumericRating n) {
        node.put("min", n.min()).put("max", n.max()).put("step", n.step()).put("tolerance", n.tolerance());
      } else if (q instanceof PairwiseChoice p) {
        writeOptions(node.putArray("choices"), p.choices());
        writeOptions(node.putArray("strengths"), p.strengths());
      } else if (q instanceof FreeText t) {
        node.put("max_length", t.maxLength()).put("key", t.key());
      }
    }
    ArrayNode fields = root.putArray("required_fields");
    schema.requiredFields().forEach(fields::add);
    ObjectNode mapping = root.putObject("field_mapping");
    new java.util.TreeMap<>(schema.fieldMapping()).forEach(mapping::put);
    return root;
  }

  /** The schema as compact JSON text. */
  public static String write(LabelSchema schema) {
    return toTree(schema).toString();
  }

  /** Reads JSON text written by {@link #write}. */
  public static LabelSchema read(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw ValidationException.field("schema", "is not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Reads a schema, reporting anything wrong as a {@link ValidationException} naming the field
   * (e.g. {@code schema.questions[1].options}).
   */
  public static LabelSchema fromTree(JsonNode root) {
    if (root == null || !root.isObject()) throw ValidationException.field("schema", "must be an object");
    JsonNode questionsNode = root.get("questions");
    if (questionsNode == null && root.hasNonNull("question")) {
      // schema version 1 (stores before generic schemas) kept one question under "question"
      questionsNode = MAPPER.createArrayNode().add(root.get("question"));
    }
    if (questionsNode == null || !questionsNode.isArray() || questionsNode.isEmpty()) {
      throw ValidationException.field("schema.questions", "must list at least one question");
    }
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < questionsNode.size(); i++) {
      questions.add(question(questionsNode.get(i), "schema.questions[" + i + "]"));
    }
    List<String> fields = new ArrayList<>();
    JsonNode fieldsNode = root.get("required_fields");
    if (fieldsNode != null && !fieldsNode.isNull()) {
      if (!fieldsNode.isArray()) throw ValidationException.field("schema.required_fields", "must be a list of names");
      for (int i = 0; i < fieldsNode.size(); i++) {
        JsonNode f = fieldsNode.get(i);
        if (!f.isTextual() || f.asText().isBlank()) {
          throw ValidationException.field("schema.required_fields[" + i + "]", "must be a field name");
        }
        fields.add(f.asText().strip());
      }
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    JsonNode mappingNode = root.get("field_mapping");
    if (mappingNode != null && !mappingNode.isNull()) {
      if (!mappingNode.isObject()) {
        throw ValidationException.field("schema.field_mapping", "must map template fields to file columns");
      }
      for (var it = mappingNode.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
          throw ValidationException.field("schema.field_mapping." + e.getKey(), "must name a file column");
        }
        mapping.put(e.getKey(), e.getValue().asText().strip());
      }
    }
    try {
      return new LabelSchema(questions, fields, mapping);
    } catch (IllegalArgumentException e) {
      throw ValidationException.field("schema", e.getMessage());
    }
  }

  private static Question question(JsonNode q, String at) {
    if (q == null || !q.isObject()) throw ValidationException.field(at, "must be an object");
    String kind = q.path("kind").asText("");
    String name = q.path("name").asText("");
    String prompt = q.path("prompt").asText("");
    boolean required = q.path("required").asBoolean(true);
    try {
      return switch (kind) {
        case "single_choice" -> new SingleChoice(name, prompt, required, options(q.get("options"), at + ".options"));
        case "ordinal" -> new OrdinalScale(name, prompt, required, options(q.get("options"), at + ".options"));
        case "multi_choice" -> {
          List<LabelOption> options = options(q.get("options"), at + ".options");
          yield new MultiChoice(name, prompt, required, options, q.path("min_choices").asInt(0),
              q.path("max_choices").asInt(options.size()));
        }
        case "numeric" -> new NumericRating(name, prompt, required, number(q, "min", null, at),
            number(q, "max", null, at), number(q, "step", BigDecimal.ONE, at),
            number(q, "tolerance", BigDecimal.ZERO, at));
        case "pairwise" -> new PairwiseChoice(name, prompt, required,
            q.hasNonNull("choices") ? options(q.get("choices"), at + ".choices") : Presets.PAIRWISE_CHOICES,
            q.hasNonNull("strengths") ? options(q.get("strengths"), at + ".strengths") : List.of());
        case "free_text" -> new FreeText(name, prompt, required, q.path("max_length").asInt(2_000),
            q.path("key").asText(""));
        default -> throw ValidationException.field(at + ".kind", "'" + kind + "' is not one of: single_choice, "
            + "multi_choice, ordinal, numeric, pairwise, free_text");
      };
    } catch (IllegalArgumentException e) {
      throw ValidationException.field(at, e.getMessage());
    }
  }

  private static BigDecimal number(JsonNode q, String field, BigDecimal fallback, String at) {
    JsonNode value = q.get(field);
    if (value == null || value.isNull()) {
      if (fallback == null) throw ValidationException.field(at + "." + field, "is required");
      return fallback;
    }
    if (!value.isNumber()) throw ValidationException.field(at + "." + field, "must be a number");
    return value.decimalValue();
  }

  private static List<LabelOption> options(JsonNode node, String at) {
    if (node == null || !node.isArray()) throw ValidationException.field(at, "must be a list of options");
    List<LabelOption> options = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode o = node.get(i);
      try {
        if (o.isTextual()) {
          options.add(LabelOption.of(o.asText()));
        } else {
          String value = o.path("value").asText("");
          options.add(new LabelOption(value, o.path("title").asText(value), o.path("key").asText("")));
        }
      } catch (IllegalArgumentException e) {
        throw ValidationException.field(at + "[" + i + "]", e.getMessage());
      }
    }
    return options;
  }

  private static void writeOptions(ArrayNode array, List<LabelOption> options) {
    for (LabelOption o : options) array.addObject().put("value", o.value()).put("title", o.title()).put("key", o.key());
  }
}
