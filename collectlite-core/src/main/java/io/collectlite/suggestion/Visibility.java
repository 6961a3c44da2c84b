package io.collectlite.suggestion;

import io.collectlite.error.ValidationException;
import java.util.Locale;

/**
 * Whether annotators see model suggestions: always, never, or in an ablation where a random share of
 * assignments hides them (each assignment's draw is recorded, so anchoring can be measured).
 */
public enum Visibility {
  SHOWN, HIDDEN, ABLATION;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name, or throws a validation error naming {@code field}. */
  public static Visibility fromWire(String value, String field) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.field(field, "'" + value + "' is not one of: shown, hidden, ablation");
    }
  }
}
