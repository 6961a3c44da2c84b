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
  public SuggestionRequest {
    Objects.requireNonNull(exampleId, "exampleId");
    fields = Map.copyOf(fields);
  }

  /** A field's text, or the empty string when the row does not carry it. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }
}
