package io.collectlite.store;

import io.collectlite.suggestion.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small real embedder for the contract suite: each lower-cased word adds 1 to one of 64 dimensions chosen by
 * its hash, then the vector is L2-normalised. Texts with the same words (in any order, case or punctuation) get
 * the same vector; texts sharing no word are orthogonal unless their words collide.
 */
final class WordBagEmbedder implements TextEmbedder {
  private static final int DIMENSIONS = 64;

  @Override
  public String model() {
    return "word-bag-64";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>();
    for (String text : texts) {
      float[] v = new float[DIMENSIONS];
      for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
        if (!word.isBlank()) v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
      }
      double norm = 0;
      for (float x : v) norm += x * x;
      for (int i = 0; i < v.length && norm > 0; i++) v[i] /= (float) Math.sqrt(norm);
      vectors.add(v);
    }
    return vectors;
  }
}
