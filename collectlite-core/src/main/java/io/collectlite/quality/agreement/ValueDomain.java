package io.collectlite.quality.agreement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The values alpha ranks, each with an index into the coincidence matrix and, for interval data, a number. */
final class ValueDomain {
  private final Map<String, Integer> index;
  private final double[] numbers;

  private ValueDomain(Map<String, Integer> index, double[] numbers) {
    this.index = index;
    this.numbers = numbers;
  }

  static ValueDomain of(Level level, Collection<String> values) {
    if (level instanceof Level.Ordinal ordinal) return ordered(ordinal.order(), values);
    if (level instanceof Level.Interval) return numeric(values);
    return ordered(List.copyOf(new TreeSet<>(values)), values);
  }

  private static ValueDomain ordered(List<String> order, Collection<String> values) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
    for (String v : values) {
      if (!index.containsKey(v)) throw new IllegalArgumentException("value " + v + " is not one of " + order);
    }
    return new ValueDomain(index, new double[order.size()]);
  }

  private static ValueDomain numeric(Collection<String> values) {
    Map<String, Double> parsed = new HashMap<>();
    for (String v : values) parsed.computeIfAbsent(v, ValueDomain::parse);
    double[] numbers = parsed.values().stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
    Map<String, Integer> index = new HashMap<>();
    parsed.forEach((text, number) -> index.put(text, Arrays.binarySearch(numbers, number)));
    return new ValueDomain(index, numbers);
  }

  private static double parse(String value) {
    try {
      return new BigDecimal(value.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("interval value " + value + " is not a number", e);
    }
  }

  int size() {
    return numbers.length;
  }

  int indexOf(String value) {
    return index.get(value);
  }

  double number(int index) {
    return numbers[index];
  }
}
