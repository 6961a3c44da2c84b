package io.collectlite.http;

import io.collectlite.error.ValidationException;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.function.Function;

/** Reads path and query parameters, turning bad values into 400s that name the parameter. */
final class Params {
  private Params() {}

  /** A path parameter that must be a positive id. */
  static long pathId(Context ctx, String name) {
    return parseId(name, ctx.pathParam(name));
  }

  /** A required query parameter that must be a positive id. */
  static long queryId(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) throw ValidationException.field(name, "query parameter is required");
    return parseId(name, value);
  }

  /** An optional query parameter that must be a whole number of {@code int} range; {@code fallback} when absent. */
  static int queryInt(Context ctx, String name, int fallback) {
    long value = queryLong(ctx, name, fallback);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw ValidationException.field(name, "is out of range: " + value);
    }
    return (int) value;
  }

  /** An optional query parameter that must be a whole number; {@code fallback} when absent. */
  static long queryLong(Context ctx, String name, long fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) return fallback;
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ValidationException.field(name, "must be a whole number, not '" + value + "'");
    }
  }

  /** Parses a wire enum value (e.g. a role), naming the field and allowed values when it is not one. */
  static <E extends Enum<E>> E wireEnum(String field, String value, Class<E> type, Function<String, E> parse) {
    if (value == null || value.isBlank()) throw ValidationException.field(field, "is required");
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        if (allowed.length() > 0) allowed.append(", ");
        allowed.append(constant.name().toLowerCase(Locale.ROOT));
      }
      throw ValidationException.field(field, "'" + value + "' is not one of: " + allowed);
    }
  }

  private static long parseId(String name, String value) {
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) return id;
    } catch (NumberFormatException e) {
      // fall through to the shared message
    }
    throw ValidationException.field(name, "must be a positive whole number, not '" + value + "'");
  }
}
