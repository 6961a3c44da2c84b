package io.collectlite.suggestion;

import java.util.Map;
import java.util.Objects;

/**
 * One example to suggest a label for.
 *
 * @param exampleId the example's canonical id
 * @param fields the template's fields by name (after the field mapping), as text: {@code query},
 *     {@code document}, {@code text}, {@code prompt}, {@code response_a} and so on; a field that is
 *     not text in the row is given as its JSON
 */
public record SuggestionRequest(String exampleId, Map<String, String> fields) {
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  public SuggestionRequest {
    Objects.requireNonNull(exampleId, "exampleId");
    fields = Map.copyOf(fields);
  }

  /** A row's fields (a JSON object) as text: strings as they are, anything else but null as its JSON. */
  public static Map<String, String> textFields(String fieldsJson) {
    try {
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      MAPPER.readTree(fieldsJson).fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          fields.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
        }
      });
      return fields;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("fields are a JSON object", e);
    }
  }

  /** A field's text, or the empty string when the row does not carry it. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }
}
