package io.collectlite.export;

import io.collectlite.error.ValidationException;
import java.util.Locale;

/** Which tasks of a project an export holds. */
public enum TaskFilter {
  /** Every task with a final label (resolved by consensus or review); the default. */
  RESOLVED,
  /**
   * Every task of the project: those without a final label carry {@code final_label} and
   * {@code resolved_at} null, and every record carries its task's {@code state}.
   */
  ALL;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code resolved} or {@code all}. */
  public static TaskFilter fromWire(String value) {
    for (TaskFilter f : values()) if (f.wire().equalsIgnoreCase(value == null ? "" : value.trim())) return f;
    throw ValidationException.field("tasks", "must be resolved or all");
  }
}
