package io.collectlite.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import io.collectlite.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A number from {@code min} to {@code max} in steps of {@code step} (a 1–5 rating, a 0–100 score).
 * Consensus is the median; annotations within {@code tolerance} of it agree.
 */
public record NumericRating(String name, String prompt, boolean required, BigDecimal min, BigDecimal max,
    BigDecimal step, BigDecimal tolerance) implements Question {
  /** Most digits (and largest scale) an answer or a bound may have. */
  static final int MAX_DIGITS = 30;

  public NumericRating {
    Choices.requireName(name);
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(tolerance, "tolerance");
    for (BigDecimal bound : List.of(min, max, step, tolerance)) {
      if (bound.precision() > MAX_DIGITS || Math.abs(bound.scale()) > MAX_DIGITS) {
        throw new IllegalArgumentException("question '" + name + "': numbers have at most " + MAX_DIGITS + " digits");
      }
    }
    if (min.compareTo(max) >= 0) throw new IllegalArgumentException("question '" + name + "': min must be below max");
    if (step.signum() <= 0) throw new IllegalArgumentException("question '" + name + "': step must be positive");
    if (tolerance.signum() < 0) throw new IllegalArgumentException("question '" + name + "': tolerance must be >= 0");
    min = min.stripTrailingZeros();
    max = max.stripTrailingZeros();
    step = step.stripTrailingZeros();
    tolerance = tolerance.stripTrailingZeros();
  }

  /** Whole numbers from {@code min} to {@code max}, answers one apart still agreeing when {@code tolerance} is 1. */
  public static NumericRating wholeNumbers(String name, String prompt, int min, int max, int tolerance) {
    return new NumericRating(name, prompt, true, BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.ONE,
        BigDecimal.valueOf(tolerance));
  }

  @Override
  public String kind() {
    return "numeric";
  }

  /** Number keys pick a value when the scale is whole numbers within 0–9. */
  @Override
  public List<String> keys() {
    if (!digitKeys()) return List.of();
    return java.util.stream.IntStream.rangeClosed(min.intValue(), max.intValue()).mapToObj(String::valueOf).toList();
  }

  /** Whether each value has its own number key (whole numbers from 0 to 9). */
  public boolean digitKeys() {
    return step.compareTo(BigDecimal.ONE) == 0 && min.scale() <= 0 && max.scale() <= 0 && min.signum() >= 0
        && max.compareTo(BigDecimal.valueOf(9)) <= 0;
  }

  @Override
  public JsonNode normalize(JsonNode answer, String field) {
    BigDecimal value = parse(answer, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw ValidationException.field(field, value.toPlainString() + " is outside " + min.toPlainString() + " to "
          + max.toPlainString());
    }
    if (value.subtract(min).remainder(step).signum() != 0) {
      throw ValidationException.field(field, value.toPlainString() + " is not a step of " + step.toPlainString()
          + " from " + min.toPlainString());
    }
    return DecimalNode.valueOf(plain(value));
  }

  /** A finite number of at most {@value #MAX_DIGITS} digits and scale, before any arithmetic on it. */
  private BigDecimal parse(JsonNode answer, String field) {
    String expected = "must be a number from " + min.toPlainString() + " to " + max.toPlainString();
    BigDecimal value;
    try {
      if (answer != null && answer.isNumber()) {
        if ((answer.isDouble() || answer.isFloat()) && !Double.isFinite(answer.doubleValue())) {
          throw ValidationException.field(field, expected);
        }
        value = answer.decimalValue();
      } else if (answer != null && answer.isTextual() && answer.asText().strip().length() <= MAX_DIGITS) {
        value = new BigDecimal(answer.asText().strip());
      } else {
        throw ValidationException.field(field, expected);
      }
    } catch (NumberFormatException e) {
      throw ValidationException.field(field, expected);
    }
    if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
      throw ValidationException.field(field, expected);
    }
    return value;
  }

  @Override
  public String consensusKey(JsonNode normalized) {
    return plain(normalized.decimalValue()).toPlainString();
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
