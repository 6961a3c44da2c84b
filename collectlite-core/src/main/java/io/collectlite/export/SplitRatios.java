package io.collectlite.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Train/validation/evaluation shares, and the deterministic function that places an example: the
 * SHA-256 of the project seed and the example id, read as a number in [0, 1). The same seed and id
 * always give the same split, so an example never changes split between export versions.
 */
public record SplitRatios(double train, double validation, double evaluation) {
  /** 80 / 10 / 10. */
  public static final SplitRatios DEFAULT = new SplitRatios(0.8, 0.1, 0.1);

  public SplitRatios {
    if (train < 0 || validation < 0 || evaluation < 0) throw new IllegalArgumentException("ratios must be >= 0");
    if (Math.abs(train + validation + evaluation - 1.0) > 1e-9) throw new IllegalArgumentException("ratios must sum to 1");
  }

  /** The split of one example. */
  public Split splitOf(long seed, String exampleId) {
    double u = unitHash(seed, exampleId);
    if (u < train) return Split.TRAIN;
    if (u < train + validation) return Split.VALIDATION;
    return Split.EVALUATION;
  }

  static double unitHash(long seed, String exampleId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((seed + ":" + exampleId).getBytes(StandardCharsets.UTF_8));
      byte[] d = sha.digest();
      long bits = 0;
      for (int i = 0; i < 7; i++) bits = (bits << 8) | (d[i] & 0xff);
      return bits / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
