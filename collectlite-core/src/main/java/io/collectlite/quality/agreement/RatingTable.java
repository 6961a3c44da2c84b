package io.collectlite.quality.agreement;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reliability data: a matrix of units (tasks) × coders (annotators) in which any cell may be missing.
 *
 * <p>Units and coders are kept in their natural order, so a table does not depend on the order of the
 * ratings it was built from. Immutable and thread-safe.
 */
public final class RatingTable {
  private final SortedMap<String, SortedMap<String, String>> byUnit;
  private final SortedSet<String> coders;

  private RatingTable(SortedMap<String, SortedMap<String, String>> byUnit, SortedSet<String> coders) {
    this.byUnit = byUnit;
    this.coders = coders;
  }

  /**
   * Builds a table from (unit, coder, value) triples; a cell nobody filled is missing.
   *
   * @throws IllegalArgumentException if a coder rated the same unit twice
   */
  public static RatingTable of(Collection<Rating> ratings) {
    SortedMap<String, SortedMap<String, String>> byUnit = new TreeMap<>();
    SortedSet<String> coders = new TreeSet<>();
    for (Rating r : ratings) {
      String previous = byUnit.computeIfAbsent(r.unit(), u -> new TreeMap<>()).putIfAbsent(r.coder(), r.value());
      if (previous != null) {
        throw new IllegalArgumentException("coder " + r.coder() + " rated unit " + r.unit() + " twice");
      }
      coders.add(r.coder());
    }
    return new RatingTable(byUnit, coders);
  }

  /** The units that have at least one value, in natural order. */
  public Set<String> units() {
    return Collections.unmodifiableSet(byUnit.keySet());
  }

  /** The coders that gave at least one value, in natural order. */
  public Set<String> coders() {
    return Collections.unmodifiableSet(coders);
  }

  /** The value {@code coder} gave {@code unit}, empty when the cell is missing. */
  public Optional<String> value(String unit, String coder) {
    return Optional.ofNullable(byUnit.getOrDefault(unit, new TreeMap<>()).get(coder));
  }

  /** The values given to {@code unit}, in coder order; empty for an unknown unit. */
  public List<String> values(String unit) {
    return List.copyOf(byUnit.getOrDefault(unit, new TreeMap<>()).values());
  }

  /** Each unit's values by coder, for the computations in this package. */
  Map<String, SortedMap<String, String>> cells() {
    return Collections.unmodifiableMap(byUnit);
  }
}
