package io.collectlite.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups near-duplicate examples so they share a split in exports: no near-copy of an evaluation example ends up
 * in training. Each new example, in row order, takes the split key of the most similar example before it (settled
 * earlier or new in this run) when their cosine is at least the threshold, else its own example id. Keys already
 * settled never change, so an example never moves between splits from one export version to the next.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  /**
   * An example with its unit-length vector.
   *
   * @param splitKey the key it is split by: settled examples have one; new ones are given one
   */
  public record Example(long rowId, String exampleId, String splitKey, float[] vector) {
    public Example {
      Objects.requireNonNull(exampleId, "exampleId");
      Objects.requireNonNull(splitKey, "splitKey");
      Objects.requireNonNull(vector, "vector");
    }
  }

  /**
   * The split key of each new example by row id.
   *
   * @param settled examples whose key is fixed (their {@code splitKey})
   * @param fresh new examples in row order (their {@code splitKey} is ignored)
   * @param threshold the cosine at or above which two examples are near-duplicates, in (0, 1]
   */
  public static Map<Long, String> assign(List<Example> settled, List<Example> fresh, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("a cosine threshold lies in (0, 1]");
    List<Example> before = new ArrayList<>(settled);
    Map<Long, String> keys = new HashMap<>();
    for (Example e : fresh) {
      Example nearest = null;
      double best = threshold;
      for (Example other : before) {
        double cosine = dot(e.vector(), other.vector());
        if (cosine >= best && (nearest == null || cosine > best)) {
          nearest = other;
          best = cosine;
        }
      }
      String key = nearest == null ? e.exampleId() : nearest.splitKey();
      keys.put(e.rowId(), key);
      before.add(new Example(e.rowId(), e.exampleId(), key, e.vector()));
    }
    return keys;
  }

  static double dot(float[] a, float[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length);
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
