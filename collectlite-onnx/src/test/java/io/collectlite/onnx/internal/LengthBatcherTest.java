package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthBatcherTest {
  private static final long[][] IDS = {{101, 7, 102}, {101, 102}, {101, 8, 102}, {101, 9, 9, 102}, {101, 6, 102}};

  @Test
  void textsOfEqualLengthShareABatchShortestFirstAndNothingIsPadded() {
    List<TokenBatch> batches = LengthBatcher.batches(IDS, ones(IDS), zeros(IDS), 64);

    assertThat(batches).extracting(TokenBatch::length).containsExactly(2, 3, 4);
    assertThat(batches.get(1).slots()).containsExactly(0, 2, 4);
    assertThat(batches.get(1).ids()).containsExactly(101, 7, 102, 101, 8, 102, 101, 6, 102);
    assertThat(batches).allSatisfy(b -> assertThat(b.mask()).containsOnly(1L));
  }

  @Test
  void aBatchHoldsAtMostMaxRowsTexts() {
    List<TokenBatch> batches = LengthBatcher.batches(IDS, ones(IDS), zeros(IDS), 2);

    assertThat(batches).extracting(TokenBatch::rows).containsExactly(1, 2, 1, 1);
    assertThat(batches.stream().flatMapToInt(b -> java.util.Arrays.stream(b.slots())).sorted().toArray())
        .containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void oneRowPerBatchRunsEveryTextAlone() {
    assertThat(LengthBatcher.batches(IDS, ones(IDS), zeros(IDS), 1)).hasSize(5).allSatisfy(b -> assertThat(b.rows())
        .isEqualTo(1));
  }

  private static long[][] ones(long[][] ids) {
    long[][] masks = new long[ids.length][];
    for (int i = 0; i < ids.length; i++) masks[i] = java.util.Arrays.stream(ids[i]).map(x -> 1).toArray();
    return masks;
  }

  private static long[][] zeros(long[][] ids) {
    long[][] types = new long[ids.length][];
    for (int i = 0; i < ids.length; i++) types[i] = new long[ids[i].length];
    return types;
  }
}
