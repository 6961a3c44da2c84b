package io.collectlite.error;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is (a 1-based line of a file, 0 when not about a line),
 * which field, and what is wrong.
 */
public record Problem(int line, String field, String message) {
  public Problem {
    if (line < 0) throw new IllegalArgumentException("line must be >= 0");
    field = Objects.requireNonNullElse(field, "");
    Objects.requireNonNull(message, "message");
  }

  /** A problem about a field, not tied to a line of a file. */
  public static Problem field(String field, String message) {
    return new Problem(0, field, message);
  }

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + (field.isEmpty() ? "" : ", field '" + field + "'")
        : (field.isEmpty() ? "" : "field '" + field + "'");
    return where.isEmpty() ? message : where + ": " + message;
  }
}
