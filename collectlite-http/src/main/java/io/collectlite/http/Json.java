package io.collectlite.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.StrictJson;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server's one JSON configuration: snake_case keys, ISO-8601 instants, lenient about unknown keys. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new JavaTimeModule())
      .registerModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // 1.5 is not an overlap: refuse it rather than truncate it to 1.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private Json() {}

  /**
   * Reads a request body, refusing a missing or malformed one with a 400 that names the JSON field
   * at fault (see {@link BodyProblems}). The body is exactly one JSON value: anything after it is
   * refused, never ignored.
   */
  static <T> T body(Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) throw ValidationException.field("body", "a JSON object is required");
    try {
      // exactly one JSON value, and an object: a literal null, a list, text or a number is refused here,
      // once, instead of reaching a handler as null or as a half-read record
      JsonNode tree = StrictJson.readTree(MAPPER, text);
      if (tree == null || !tree.isObject()) throw ValidationException.field("body", "must be a JSON object");
      return MAPPER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw BodyProblems.of(e, text);
    }
  }

  /** Reads an optional request body: an empty body gives {@code fallback}. */
  static <T> T bodyOr(Context ctx, Class<T> type, T fallback) {
    return ctx.body().isBlank() ? fallback : body(ctx, type);
  }

  /** Stored answers (a JSON object) as plain Java values for a response body. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> answers(String answersJson) {
    try {
      return MAPPER.readValue(answersJson, LinkedHashMap.class);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored answers are not a JSON object", e);
    }
  }

  /**
   * Parses stored example fields (a JSON object) into text values, in their stored order: text
   * stays as it is, any other JSON value (number, list, object) is given as its JSON text.
   */
  static Map<String, String> fields(String fieldsJson) {
    try {
      JsonNode node = MAPPER.readTree(fieldsJson);
      Map<String, String> fields = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey(),
          e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
      return fields;
    } catch (JacksonException e) {
      throw new IllegalStateException("stored fields are not a JSON object", e);
    }
  }
}
