package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Near-duplicate grouping: copies share a key, settled keys never move, nothing is grouped above a cosine of 1. */
class NearDuplicatesProperties {
  @Provide
  Arbitrary<List<float[]>> vectors() {
    return Arbitraries.floats().between(-1, 1).array(float[].class).ofSize(4)
        .filter(v -> norm(v) > 1e-3).map(NearDuplicatesProperties::unit).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property
  void anExactCopyTakesTheKeyOfTheFirstExampleItCopies(@ForAll("vectors") List<float[]> vectors) {
    List<NearDuplicates.Example> fresh = examples(vectors, 0);
    fresh.add(new NearDuplicates.Example(1_000, "copy", "", vectors.get(0).clone()));
    Map<Long, String> keys = NearDuplicates.assign(List.of(), fresh, 0.999);
    assertThat(keys.get(1_000L)).isEqualTo(keys.get(0L));
  }

  @Property
  void settledKeysAreNeverReassignedAndEveryFreshExampleGetsOne(@ForAll("vectors") List<float[]> vectors,
      @ForAll("vectors") List<float[]> more) {
    List<NearDuplicates.Example> settled = examples(vectors, 0).stream()
        .map(e -> new NearDuplicates.Example(e.rowId(), e.exampleId(), "settled-" + e.rowId(), e.vector())).toList();
    List<NearDuplicates.Example> fresh = examples(more, 100);
    Map<Long, String> keys = NearDuplicates.assign(settled, fresh, 0.9);
    assertThat(keys.keySet()).containsExactlyInAnyOrderElementsOf(fresh.stream().map(e -> e.rowId()).toList());
    // a fresh example's key is its own id or a key that existed before it
    for (NearDuplicates.Example e : fresh) {
      String key = keys.get(e.rowId());
      assertThat(key.equals(e.exampleId()) || key.startsWith("settled-") || key.startsWith("e")).isTrue();
    }
  }

  @Property
  void aThresholdOfOneGroupsOnlyIdenticalDirections(@ForAll("vectors") List<float[]> vectors) {
    Map<Long, String> keys = NearDuplicates.assign(List.of(), examples(vectors, 0), 1.0);
    for (int i = 0; i < vectors.size(); i++) {
      String key = keys.get((long) i);
      if (!key.equals("e" + i)) {
        int first = Integer.parseInt(key.substring(1));
        assertThat(NearDuplicates.dot(vectors.get(i), vectors.get(first))).isGreaterThanOrEqualTo(1.0 - 1e-12);
      }
    }
  }

  @Example
  void aNearCopyJoinsTheMostSimilarEarlierGroup() {
    float[] a = unit(new float[] {1, 0, 0});
    float[] b = unit(new float[] {0, 1, 0});
    float[] nearB = unit(new float[] {0.05f, 1, 0});
    var settled = List.of(new NearDuplicates.Example(1, "a", "a", a), new NearDuplicates.Example(2, "b", "grp-b", b));
    var fresh = List.of(new NearDuplicates.Example(3, "c", "", nearB),
        new NearDuplicates.Example(4, "d", "", unit(new float[] {0, 0, 1})));
    assertThat(NearDuplicates.assign(settled, fresh, 0.95)).isEqualTo(Map.of(3L, "grp-b", 4L, "d"));
  }

  private static List<NearDuplicates.Example> examples(List<float[]> vectors, int firstRow) {
    List<NearDuplicates.Example> list = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      list.add(new NearDuplicates.Example(firstRow + i, "e" + (firstRow + i), "", vectors.get(i)));
    }
    return list;
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) s += x * x;
    return Math.sqrt(s);
  }

  private static float[] unit(float[] v) {
    double n = norm(v);
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / n);
    return u;
  }
}
