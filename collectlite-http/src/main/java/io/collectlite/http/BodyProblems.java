package io.collectlite.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.StrictJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson's failure to read a request body into a 400 that names the JSON field at fault
 * (e.g. {@code overlap}, or {@code body} when the whole body is) in plain words. Jackson's own
 * messages name Java types and classes of the server, so they never reach the caller.
 */
final class BodyProblems {
  private BodyProblems() {}

  /** The problem with {@code body}, the text {@code e} was raised on. */
  static ValidationException of(JacksonException e, String body) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException v) return v;
    }
    JacksonException root = innermost(e);
    if ((root instanceof StreamReadException && !(root instanceof InputCoercionException))
        || root instanceof StreamConstraintsException) {
      return ValidationException.field("body", "is not valid JSON: " + StrictJson.describe(root, body));
    }
    String field = field(e);
    if (field.isEmpty()) return ValidationException.field("body", "must be a JSON object");
    return ValidationException.field(field, message(root));
  }

  private static String message(JacksonException root) {
    if (root instanceof UnrecognizedPropertyException) return "is not a known field";
    if (root instanceof MismatchedInputException m) return expected(m.getTargetType());
    if (root instanceof InputCoercionException) return "is out of range";
    return "has a value this request cannot use";
  }

  /** The deepest Jackson failure in the chain: the wrappers only add the path. */
  private static JacksonException innermost(JacksonException e) {
    JacksonException deepest = e;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) deepest = j;
    }
    return deepest;
  }

  /** What a value of the target type is, in words a client understands. */
  private static String expected(Class<?> target) {
    if (target == null) return "has the wrong type";
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == short.class || target == BigInteger.class) {
      return "must be a whole number";
    }
    if (target == Double.class || target == double.class || target == Float.class || target == float.class
        || target == BigDecimal.class) {
      return "must be a number";
    }
    if (target == Boolean.class || target == boolean.class) return "must be true or false";
    if (target == String.class || target.isEnum()) return "must be text";
    if (List.class.isAssignableFrom(target) || target.isArray()) return "must be a list";
    if (Map.class.isAssignableFrom(target) || target.isRecord()) return "must be a JSON object";
    return "has the wrong type";
  }

  /** The JSON path of the failure, e.g. {@code overlap} or {@code items[2].label}; empty for the whole body. */
  private static String field(JacksonException e) {
    if (!(e instanceof JsonMappingException m)) return "";
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) path.append('.');
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
