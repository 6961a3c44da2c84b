package io.collectlite.onnx.internal;

import java.util.Arrays;

/**
 * The {@code k} resolved examples most similar to a text, and their vote: each neighbour's weight is its cosine
 * (at least 0.001, so a neighbour never votes against), shared among the options its label names.
 */
public final class NearestNeighbours {
  private static final double MIN_WEIGHT = 1e-3;

  private NearestNeighbours() {}

  /**
   * Indices of the {@code k} vectors closest to {@code query} (highest cosine first), skipping {@code exclude}
   * (the text's own example, or -1).
   */
  public static int[] nearest(float[] query, float[][] labelled, int k, int exclude) {
    int[] best = new int[Math.min(k, labelled.length)];
    double[] scores = new double[best.length];
    Arrays.fill(scores, Double.NEGATIVE_INFINITY);
    int found = 0;
    for (int i = 0; i < labelled.length; i++) {
      if (i == exclude) continue;
      double score = MeanPooling.dot(query, labelled[i]);
      if (found == best.length && score <= scores[found - 1]) continue;
      int at = Math.min(found, best.length - 1);
      while (at > 0 && scores[at - 1] < score) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = score;
      best[at] = i;
      if (found < best.length) found++;
    }
    return Arrays.copyOf(best, found);
  }

  /**
   * Each option's share of the neighbours' weight: for a single choice the shares sum to 1; for a multiple choice an
   * option's share is the weight of the neighbours naming it, over all weight.
   */
  public static double[] shares(float[] query, float[][] labelled, boolean[][] labels, int[] neighbours) {
    double[] shares = new double[labels.length == 0 ? 0 : labels[0].length];
    double total = 0;
    for (int n : neighbours) {
      double weight = Math.max(MIN_WEIGHT, MeanPooling.dot(query, labelled[n]));
      total += weight;
      for (int o = 0; o < shares.length; o++) {
        if (labels[n][o]) shares[o] += weight;
      }
    }
    for (int o = 0; o < shares.length; o++) shares[o] = total == 0 ? 0 : shares[o] / total;
    return shares;
  }
}
