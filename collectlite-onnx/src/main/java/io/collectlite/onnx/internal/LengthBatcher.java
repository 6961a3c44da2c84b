package io.collectlite.onnx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups tokenized texts of equal length into batches, so no text is ever padded and a text's vector does not
 * depend on the texts it was embedded with.
 */
public final class LengthBatcher {
  private LengthBatcher() {}

  /**
   * Batches distinct tokenized texts, shortest first, at most {@code maxRows} texts per batch.
   *
   * @param ids token ids per distinct text (its slot is its index)
   * @param masks attention masks, one per text, each as long as its ids
   * @param typeIds token type ids, one per text, each as long as its ids
   */
  public static List<TokenBatch> batches(long[][] ids, long[][] masks, long[][] typeIds, int maxRows) {
    if (maxRows < 1) throw new IllegalArgumentException("maxRows must be at least 1");
    Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(slot -> ids[slot].length));
    List<TokenBatch> batches = new ArrayList<>();
    int start = 0;
    while (start < order.length) {
      int length = ids[order[start]].length;
      int end = start;
      while (end < order.length && end - start < maxRows && ids[order[end]].length == length) end++;
      batches.add(batch(Arrays.copyOfRange(order, start, end), length, ids, masks, typeIds));
      start = end;
    }
    return batches;
  }

  private static TokenBatch batch(Integer[] rows, int length, long[][] ids, long[][] masks, long[][] typeIds) {
    int[] slots = new int[rows.length];
    long[] flatIds = new long[rows.length * length];
    long[] flatMask = new long[flatIds.length];
    long[] flatTypes = new long[flatIds.length];
    for (int r = 0; r < rows.length; r++) {
      int slot = rows[r];
      slots[r] = slot;
      System.arraycopy(ids[slot], 0, flatIds, r * length, length);
      System.arraycopy(masks[slot], 0, flatMask, r * length, length);
      System.arraycopy(typeIds[slot], 0, flatTypes, r * length, length);
    }
    return new TokenBatch(slots, length, flatIds, flatMask, flatTypes);
  }
}
