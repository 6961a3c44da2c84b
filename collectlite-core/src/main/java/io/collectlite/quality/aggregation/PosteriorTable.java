package io.collectlite.quality.aggregation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A fit's task posteriors as an immutable map over its arrays: task id to class probabilities. A task's map is
 * made when it is looked up, so a fit of many tasks allocates no per-task objects it is never asked for.
 */
final class PosteriorTable extends AbstractMap<Long, Map<String, Double>> {
  private final List<String> classes;
  private final long[] taskIds;
  private final double[] posterior;

  /**
   * @param classes the classes, in the order of each task's probabilities
   * @param taskIds ascending
   * @param posterior task {@code i}'s probabilities at {@code [i * classes, (i + 1) * classes)}; copied
   */
  PosteriorTable(List<String> classes, long[] taskIds, double[] posterior) {
    this.classes = List.copyOf(classes);
    this.taskIds = taskIds.clone();
    this.posterior = posterior.clone();
  }

  @Override
  public Map<String, Double> get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : task(i);
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return taskIds.length;
  }

  @Override
  public Set<Entry<Long, Map<String, Double>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<Long, Map<String, Double>>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < taskIds.length;
          }

          @Override
          public Entry<Long, Map<String, Double>> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(taskIds[i], task(i));
          }
        };
      }

      @Override
      public int size() {
        return taskIds.length;
      }
    };
  }

  private int indexOf(Object key) {
    return key instanceof Long id ? Arrays.binarySearch(taskIds, id) : -1;
  }

  private Map<String, Double> task(int i) {
    int k = classes.size();
    @SuppressWarnings("unchecked")
    Entry<String, Double>[] entries = new Entry[k];
    for (int t = 0; t < k; t++) {
      entries[t] = Map.entry(classes.get(t), posterior[i * k + t]);
    }
    return Map.ofEntries(entries);
  }
}
