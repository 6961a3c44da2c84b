package io.collectlite.quality.agreement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's coincidence matrix: o<sub>ck</sub> counts the ordered pairs of values (c from one coder, k
 * from another coder of the same unit), each pair of a unit with m<sub>u</sub> values weighing
 * 1 / (m<sub>u</sub> - 1). It is all Krippendorff's alpha needs, and it depends only on how often each value
 * occurs in each unit, never on who gave it: a database can build it with a {@code GROUP BY} over (unit,
 * value) counts instead of handing over every rating.
 *
 * <p>Only pairable values count: units with fewer than two values add nothing. Values are kept in natural
 * order. Immutable and thread-safe.
 */
public final class Coincidences {
  /** In {@link #binary(String)}: the value the matrix was recoded for. */
  public static final String IS = "1";
  /** In {@link #binary(String)}: any other value. */
  public static final String OTHER = "0";
  private static final double SYMMETRY_TOLERANCE = 1e-9;

  private final List<String> values;
  private final double[][] cells;

  private Coincidences(List<String> values, double[][] cells) {
    this.values = values;
    this.cells = cells;
  }

  /** The coincidences of a rating table's units that have at least two values. */
  public static Coincidences of(RatingTable table) {
    Builder builder = builder();
    for (SortedMap<String, String> byCoder : table.cells().values()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (String v : byCoder.values()) counts.merge(v, 1, Integer::sum);
      builder.addUnit(counts);
    }
    return builder.build();
  }

  /** Starts an empty matrix. */
  public static Builder builder() {
    return new Builder();
  }

  /** The values with at least one pairing, in natural order. */
  public List<String> values() {
    return values;
  }

  /** o<sub>ck</sub>: 0 for values not in the matrix. */
  public double count(String c, String k) {
    int i = Collections.binarySearch(values, c);
    int j = Collections.binarySearch(values, k);
    return i < 0 || j < 0 ? 0 : cells[i][j];
  }

  /** n<sub>c</sub>: how many pairable values equal {@code c}. */
  public double marginal(String c) {
    int i = Collections.binarySearch(values, c);
    if (i < 0) return 0;
    double sum = 0;
    for (double cell : cells[i]) sum += cell;
    return sum;
  }

  /** n: the number of pairable values, the sum of every cell. */
  public double pairableValues() {
    double n = 0;
    for (double[] row : cells) {
      for (double cell : row) n += cell;
    }
    return n;
  }

  /**
   * The matrix recoded to two categories, {@link #IS} for {@code value} and {@link #OTHER} for every other
   * value: the coincidences of the binary "value or not" coding of the same units. Nominal alpha of it is the
   * agreement on that one value.
   */
  public Coincidences binary(String value) {
    Builder builder = builder();
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        builder.add(code(values.get(i), value), code(values.get(j), value), cells[i][j]);
      }
    }
    return builder.build();
  }

  private static String code(String v, String value) {
    return v.equals(value) ? IS : OTHER;
  }

  /** Collects coincidences; not thread-safe. */
  public static final class Builder {
    private final SortedMap<String, SortedMap<String, Double>> cells = new TreeMap<>();

    private Builder() {}

    /**
     * Adds one unit by how many of its values equal each value; a unit with fewer than two values adds
     * nothing.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder addUnit(Map<String, Integer> counts) {
      return addUnits(counts, 1);
    }

    /**
     * Adds {@code units} units that each hold these value counts (as {@link #addUnit(Map)} does once per unit):
     * how a database's count of tasks by their multiset of labels becomes a matrix.
     *
     * @throws IllegalArgumentException if a count or {@code units} is negative
     */
    public Builder addUnits(Map<String, Integer> counts, long units) {
      if (units < 0) throw new IllegalArgumentException("units must not be negative");
      int m = 0;
      for (int n : counts.values()) {
        if (n < 0) throw new IllegalArgumentException("a value count must not be negative: " + counts);
        m += n;
      }
      if (m < 2) return this;
      for (var c : counts.entrySet()) {
        for (var k : counts.entrySet()) {
          long pairs = (long) c.getValue() * (k.getValue() - (c.getKey().equals(k.getKey()) ? 1 : 0));
          addPairs(c.getKey(), k.getKey(), Math.multiplyExact(pairs, units), m);
        }
      }
      return this;
    }

    /**
     * Adds {@code pairs} ordered pairs (c, k) of values from different coders found in units of
     * {@code unitValues} values each; each pair weighs 1 / (unitValues - 1). The caller adds (k, c) too: the
     * matrix must come out symmetric.
     *
     * @throws IllegalArgumentException if {@code pairs} is negative or {@code unitValues} below 2
     */
    public Builder addPairs(String c, String k, long pairs, int unitValues) {
      if (pairs < 0) throw new IllegalArgumentException("pairs must not be negative");
      if (unitValues < 2) throw new IllegalArgumentException("a unit needs two values to pair, not " + unitValues);
      return add(c, k, (double) pairs / (unitValues - 1));
    }

    private Builder add(String c, String k, double weight) {
      if (weight > 0) cells.computeIfAbsent(c, v -> new TreeMap<>()).merge(k, weight, Double::sum);
      return this;
    }

    /**
     * The matrix.
     *
     * @throws IllegalArgumentException if it is not symmetric (a pair added one way only)
     */
    public Coincidences build() {
      var all = new TreeSet<String>(cells.keySet());
      cells.values().forEach(row -> all.addAll(row.keySet()));
      List<String> values = List.copyOf(all);
      double[][] matrix = new double[values.size()][values.size()];
      for (int i = 0; i < values.size(); i++) {
        SortedMap<String, Double> row = cells.getOrDefault(values.get(i), Collections.emptySortedMap());
        for (int j = 0; j < values.size(); j++) matrix[i][j] = row.getOrDefault(values.get(j), 0.0);
      }
      for (int i = 0; i < values.size(); i++) {
        for (int j = i + 1; j < values.size(); j++) {
          double a = matrix[i][j];
          double b = matrix[j][i];
          if (Math.abs(a - b) > SYMMETRY_TOLERANCE * Math.max(1, Math.max(a, b))) {
            throw new IllegalArgumentException("coincidences must be symmetric: (" + values.get(i) + ", "
                + values.get(j) + ") is " + a + " but the reverse is " + b);
          }
        }
      }
      return new Coincidences(values, matrix);
    }
  }
}
