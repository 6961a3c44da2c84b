package io.collectlite.onnx.internal;

import io.collectlite.suggestion.TextEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors already computed, by key (an example id, or the text itself), least recently used dropped first. An entry
 * counts only for the text it was computed from, so a key whose text changed is embedded again.
 *
 * <p>Thread-safe; two threads missing the same key may both embed it, which is harmless.
 */
public final class EmbeddingCache {
  private final Map<String, Entry> entries;

  /** A cache of at most {@code capacity} vectors. */
  public EmbeddingCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The vector of each text, in order, embedding in one call only those not cached under their key. */
  public List<float[]> vectors(List<String> keys, List<String> texts, TextEmbedder embedder) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    synchronized (entries) {
      for (int i = 0; i < vectors.length; i++) {
        Entry entry = entries.get(keys.get(i));
        if (entry != null && entry.text().equals(texts.get(i))) vectors[i] = entry.vector();
        else missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> computed = embedder.embed(missing.stream().map(texts::get).toList());
      synchronized (entries) {
        for (int m = 0; m < missing.size(); m++) {
          int i = missing.get(m);
          vectors[i] = computed.get(m);
          entries.put(keys.get(i), new Entry(texts.get(i), vectors[i]));
        }
      }
    }
    return List.of(vectors);
  }

  /** How many vectors are cached. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private record Entry(String text, float[] vector) {}
}
