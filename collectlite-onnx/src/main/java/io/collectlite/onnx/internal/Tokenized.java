package io.collectlite.onnx.internal;

import java.util.List;

/**
 * A call's texts, tokenized: each distinct text once, grouped by token length into batches.
 *
 * @param slotOfText for each text given, the index of its distinct text (the slot its vector goes to)
 * @param distinct how many distinct texts there are
 * @param batches the model runs, shortest texts first
 */
public record Tokenized(int[] slotOfText, int distinct, List<TokenBatch> batches) {
  public Tokenized {
    batches = List.copyOf(batches);
  }
}
