package io.collectlite.quality.agreement;

import java.util.HashSet;
import java.util.List;

/**
 * The level of measurement of the values, which decides how much two different values disagree in
 * Krippendorff's alpha.
 */
public sealed interface Level permits Level.Nominal, Level.Ordinal, Level.Interval {
  /** Unordered categories: two values agree or they do not. */
  static Level nominal() {
    return new Nominal();
  }

  /** Categories ranked from first to last in {@code order}; every value must be one of them. */
  static Level ordinal(List<String> order) {
    return new Ordinal(order);
  }

  /** Decimal numbers whose squared difference is their disagreement. */
  static Level interval() {
    return new Interval();
  }

  /** Unordered categories. */
  record Nominal() implements Level {}

  /**
   * Ordered categories.
   *
   * @param order the categories from lowest to highest, without repeats
   */
  record Ordinal(List<String> order) implements Level {
    public Ordinal {
      order = List.copyOf(order);
      if (order.isEmpty()) throw new IllegalArgumentException("an ordinal level needs categories");
      if (new HashSet<>(order).size() != order.size()) {
        throw new IllegalArgumentException("ordinal categories must not repeat: " + order);
      }
    }
  }

  /** Decimal numbers. */
  record Interval() implements Level {}
}
