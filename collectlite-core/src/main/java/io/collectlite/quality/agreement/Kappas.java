package io.collectlite.quality.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** Fleiss' and Cohen's kappa over a rating table's categories. */
final class Kappas {
  private Kappas() {}

  static Optional<Kappa> fleiss(RatingTable table) {
    List<List<String>> units = table.cells().values().stream().map(byCoder -> List.copyOf(byCoder.values())).toList();
    if (units.isEmpty()) return Optional.empty();
    int raters = units.get(0).size();
    for (List<String> values : units) {
      if (values.size() != raters) {
        throw new IllegalArgumentException("Fleiss' kappa needs the same number of raters for every unit, but units have "
            + raters + " and " + values.size() + "; use Krippendorff's alpha for missing ratings");
      }
    }
    if (raters < 2) throw new IllegalArgumentException("Fleiss' kappa needs at least two raters per unit");
    Map<String, Integer> totals = new HashMap<>();
    double agreement = 0;
    for (List<String> values : units) {
      Map<String, Integer> counts = count(values);
      counts.forEach((category, c) -> totals.merge(category, c, Integer::sum));
      double pairs = counts.values().stream().mapToDouble(c -> (double) c * (c - 1)).sum();
      agreement += pairs / ((double) raters * (raters - 1));
    }
    double observed = agreement / units.size();
    double ratings = (double) units.size() * raters;
    double chance = totals.values().stream().mapToDouble(c -> (c / ratings) * (c / ratings)).sum();
    return kappa(observed, chance, units.size());
  }

  static Optional<Kappa> cohen(RatingTable table, String first, String second) {
    if (!table.coders().contains(first) || !table.coders().contains(second)) {
      throw new IllegalArgumentException("unknown coder: " + (table.coders().contains(first) ? second : first));
    }
    if (first.equals(second)) throw new IllegalArgumentException("Cohen's kappa needs two different coders");
    Map<String, Integer> firstCounts = new HashMap<>();
    Map<String, Integer> secondCounts = new HashMap<>();
    int items = 0;
    int agreeing = 0;
    for (SortedMap<String, String> byCoder : table.cells().values()) {
      String a = byCoder.get(first);
      String b = byCoder.get(second);
      if (a == null || b == null) continue;
      items++;
      if (a.equals(b)) agreeing++;
      firstCounts.merge(a, 1, Integer::sum);
      secondCounts.merge(b, 1, Integer::sum);
    }
    if (items == 0) return Optional.empty();
    double n = items;
    double chance = firstCounts.entrySet().stream()
        .mapToDouble(e -> (e.getValue() / n) * (secondCounts.getOrDefault(e.getKey(), 0) / n))
        .sum();
    return kappa(agreeing / n, chance, items);
  }

  private static Optional<Kappa> kappa(double observed, double chance, int items) {
    if (chance >= 1) return Optional.empty();
    return Optional.of(new Kappa((observed - chance) / (1 - chance), observed, chance, items));
  }

  private static Map<String, Integer> count(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    for (String v : values) counts.merge(v, 1, Integer::sum);
    return counts;
  }
}
