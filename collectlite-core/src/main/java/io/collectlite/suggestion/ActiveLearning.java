package io.collectlite.suggestion;

import io.collectlite.error.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How model uncertainty orders the queue: not at all, by the margin between the two likeliest
 * options, or by the entropy of the model's distribution. Uncertainty lies in [0, 1]; a claim takes
 * higher priority first, so the most uncertain tasks are labelled first.
 */
public enum ActiveLearning {
  OFF, MARGIN, ENTROPY;

  /** The priority a task gets from uncertainty {@code u}: {@code round(u * 1000)}. */
  public static final int SCALE = 1000;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name, or throws a validation error naming {@code field}. */
  public static ActiveLearning fromWire(String value, String field) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.field(field, "'" + value + "' is not one of: off, margin, entropy");
    }
  }

  /**
   * The suggestion's uncertainty: from its distribution when it has one (margin: 1 − (p₁ − p₂); entropy:
   * −Σ p log p / log k over the k options given), else 1 − confidence; empty when off or nothing is known.
   */
  public OptionalDouble uncertainty(SuggestionOutcome.Suggested s) {
    return uncertainty(s.distribution(), s.confidence());
  }

  /** The uncertainty of a model's distribution over options, or of its confidence when it gave no distribution. */
  public OptionalDouble uncertainty(Map<String, Double> d, OptionalDouble confidence) {
    if (this == OFF) return OptionalDouble.empty();
    if (d.size() >= 2) {
      double sum = d.values().stream().mapToDouble(Double::doubleValue).sum();
      if (sum > 0) return OptionalDouble.of(this == MARGIN ? margin(d, sum) : entropy(d, sum));
    }
    return confidence.isPresent() ? OptionalDouble.of(1 - confidence.getAsDouble()) : OptionalDouble.empty();
  }

  /** The priority for an uncertainty in [0, 1]. */
  public static int priority(double uncertainty) {
    return (int) Math.round(Math.max(0, Math.min(1, uncertainty)) * SCALE);
  }

  private static double margin(Map<String, Double> d, double sum) {
    List<Double> top = d.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
    return 1 - (top.get(0) - top.get(1)) / sum;
  }

  private static double entropy(Map<String, Double> d, double sum) {
    double h = 0;
    for (double p : d.values()) {
      double q = p / sum;
      if (q > 0) h -= q * Math.log(q);
    }
    return h / Math.log(d.size());
  }
}
