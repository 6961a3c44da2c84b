package io.collectlite.onnx.internal;

/** Attention-masked mean pooling and L2 normalisation, as SentenceTransformers computes a sentence embedding. */
public final class MeanPooling {
  private MeanPooling() {}

  /**
   * Averages each row's token vectors over the tokens its mask keeps.
   *
   * @param hidden the model's {@code last_hidden_state}, flat in row-major order {@code [batch, seq, dim]}
   * @param mask the attention mask, flat {@code [batch, seq]}: 1 keeps a token, 0 drops it
   * @return one vector of {@code dim} per row; a row whose mask keeps nothing is all zeros
   */
  public static float[][] pool(float[] hidden, long[] mask, int batch, int seq, int dim) {
    if (hidden.length != batch * seq * dim || mask.length != batch * seq) {
      throw new IllegalArgumentException("shapes disagree: hidden " + hidden.length + ", mask " + mask.length
          + ", expected [" + batch + ", " + seq + ", " + dim + "]");
    }
    float[][] pooled = new float[batch][dim];
    for (int b = 0; b < batch; b++) {
      float[] sum = pooled[b];
      long kept = 0;
      for (int t = 0; t < seq; t++) {
        if (mask[b * seq + t] == 0) continue;
        kept++;
        int offset = (b * seq + t) * dim;
        for (int d = 0; d < dim; d++) sum[d] += hidden[offset + d];
      }
      // SentenceTransformers clamps the count at 1e-9; a count of zero leaves the zero sum as it is
      if (kept > 0) {
        for (int d = 0; d < dim; d++) sum[d] /= kept;
      }
    }
    return pooled;
  }

  /** Scales a vector to length 1 in place and returns it; the zero vector stays zero. */
  public static float[] normalize(float[] vector) {
    double squares = 0;
    for (float v : vector) squares += (double) v * v;
    if (squares == 0) return vector;
    float scale = (float) (1 / Math.sqrt(squares));
    for (int i = 0; i < vector.length; i++) vector[i] *= scale;
    return vector;
  }

  /** The dot product of two vectors of the same length: their cosine when both have length 1. */
  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("lengths differ: " + a.length + ", " + b.length);
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
