package io.collectlite.onnx.internal;

/**
 * Texts of the same token length, run together through the model without padding.
 *
 * <p>Arrays are flat {@code [rows, length]} and owned by the batch: callers must not change them.
 *
 * @param slots for each row, the index of its text among the distinct texts of the call
 * @param length every row's token count
 */
public record TokenBatch(int[] slots, int length, long[] ids, long[] mask, long[] typeIds) {
  public TokenBatch {
    int cells = slots.length * length;
    if (length < 1 || ids.length != cells || mask.length != cells || typeIds.length != cells) {
      throw new IllegalArgumentException("a batch of " + slots.length + " rows of " + length + " tokens needs "
          + cells + " ids, mask and type ids");
    }
  }

  /** How many texts the batch holds. */
  public int rows() {
    return slots.length;
  }
}
