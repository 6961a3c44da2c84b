package io.collectlite.metrics;

import io.collectlite.quality.agreement.Coincidences;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many tasks hold the same multiset of primary labels, for example 40 tasks with two
 * {@code irrelevant} and one {@code highly_relevant}. Krippendorff's alpha depends on nothing else, and a
 * project has few distinct multisets however many tasks it has, so a store can count them in the
 * database and hand over a handful of rows.
 *
 * @param labels each primary label with how many of the task's annotations carry it (all counts positive)
 * @param tasks how many tasks hold exactly these labels
 */
public record LabelProfile(Map<String, Integer> labels, long tasks) {
  public LabelProfile {
    labels = Map.copyOf(labels);
    if (labels.isEmpty()) throw new IllegalArgumentException("a profile needs a label");
    if (labels.values().stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("label counts must be positive");
    }
    if (tasks < 1) throw new IllegalArgumentException("a profile needs a task");
  }

  /** The coincidence matrix of these tasks' labels (tasks with a single annotation add nothing). */
  public static Coincidences coincidences(Collection<LabelProfile> profiles) {
    Coincidences.Builder builder = Coincidences.builder();
    profiles.forEach(p -> builder.addUnits(p.labels(), p.tasks()));
    return builder.build();
  }

  /** How many annotations carry each label, in label order. */
  public static Map<String, Long> annotationCounts(Collection<LabelProfile> profiles) {
    Map<String, Long> counts = new TreeMap<>();
    profiles.forEach(p -> p.labels().forEach((label, n) -> counts.merge(label, n * p.tasks(), Long::sum)));
    return counts;
  }
}
