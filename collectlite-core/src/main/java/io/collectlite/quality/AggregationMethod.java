package io.collectlite.quality;

import io.collectlite.template.NumericRating;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a project turns the annotations of a task into its consensus label. */
public enum AggregationMethod {
  /**
   * One vote per annotation; an answer held by more than half settles the task (numeric ratings:
   * the median within tolerance). The default.
   */
  MAJORITY,
  /** Votes weighted by each annotator's reliability on gold; an equal top weight goes to review. */
  WEIGHTED_VOTE,
  /**
   * Dawid–Skene: per-annotator confusion matrices and per-task posteriors fitted by EM over the
   * whole project; the score is the posterior of the label.
   */
  DAWID_SKENE,
  /** The (lower) median answer of an ordinal scale or numeric rating. */
  MEDIAN;

  /** The lower-case name used in JSON, the database and exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name; names the choices when it is none of them. */
  public static AggregationMethod fromWire(String value) {
    for (AggregationMethod m : values()) {
      if (m.wire().equals(value)) return m;
    }
    throw new IllegalArgumentException("unknown aggregation '" + value + "'; one of "
        + Arrays.stream(values()).map(AggregationMethod::wire).collect(Collectors.joining(", ")));
  }

  /** Why the method cannot decide the schema's first question; empty when it can. */
  public java.util.Optional<String> misfit(io.collectlite.template.LabelSchema schema) {
    Question primary = schema.primary();
    return fits(primary) ? java.util.Optional.empty() : java.util.Optional.of("'" + wire() + "' cannot decide "
        + primary.kind() + " answers (question '" + primary.name() + "')");
  }

  /** Whether the method can decide answers to {@code primary}. */
  public boolean fits(Question primary) {
    if (primary instanceof NumericRating) return this == MEDIAN || this == MAJORITY;
    if (this == MEDIAN) return primary instanceof OrdinalScale;
    return true;
  }
}
