package io.collectlite.quality.agreement;

import java.util.Objects;

/**
 * One cell of reliability data: the value a coder gave a unit.
 *
 * @param unit the task (unit of analysis)
 * @param coder the annotator
 * @param value a category, or a decimal number for interval data
 */
public record Rating(String unit, String coder, String value) {
  public Rating {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(value, "value");
  }
}
