package io.collectlite.onnx;

import io.collectlite.onnx.internal.OnnxEncoder;

/** Lets the benchmark reach the ONNX session behind an embedder, to time it bare on the same batches. */
public final class BenchAccess {
  private BenchAccess() {}

  /** The encoder (session and tokenizer) the embedder runs. */
  public static OnnxEncoder encoder(LocalEmbedder embedder) {
    return embedder.encoder();
  }
}
