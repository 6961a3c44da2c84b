package io.collectlite.suggestion;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product is their cosine similarity; used for
 * near-duplicate detection and similarity suggestions. Implementations are thread-safe, and a
 * text's vector never depends on the other texts in the same call.
 */
public interface TextEmbedder {
  /** The model's name, stored with what its vectors decide. */
  String model();

  /** The length of every vector. */
  int dimensions();

  /** One L2-normalised vector per text, in order. */
  List<float[]> embed(List<String> texts);
}
