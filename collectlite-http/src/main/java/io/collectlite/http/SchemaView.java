package io.collectlite.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.LabelSchemaJson;
import io.javalin.openapi.OpenApiIgnore;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;
import java.util.Map;

/**
 * A label schema: the questions (the first is the one consensus decides), the row fields every
 * example carries, and which file column each field is read from.
 *
 * @param required_fields row fields every uploaded row must carry (after the field mapping)
 * @param field_mapping template field → file column, e.g. {@code {"query": "question"}}
 */
record SchemaView(@OpenApiRequired List<QuestionView> questions, List<String> required_fields,
    Map<String, String> field_mapping) {
  static SchemaView of(LabelSchema schema) {
    return Json.MAPPER.convertValue(LabelSchemaJson.toTree(schema), SchemaView.class);
  }

  /** The core schema, or a 400 naming the field at fault. */
  @OpenApiIgnore // not a field of the body
  LabelSchema toSchema() {
    JsonNode tree = Json.MAPPER.valueToTree(this);
    return LabelSchemaJson.fromTree(tree);
  }
}
