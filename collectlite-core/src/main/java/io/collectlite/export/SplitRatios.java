package io.collectlite.export;

import io.collectlite.error.Problems;
import io.collectlite.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Train/validation/evaluation shares, and the deterministic function that places an example: the
 * SHA-256 of the project seed and the example id, read as a number in [0, 1). The same seed and id
 * always give the same split, so an example never changes split between export versions. A project
 * keeps its ratios from creation on, so its exports all place an example alike.
 */
public record SplitRatios(double train, double validation, double evaluation) {
  /** 80 / 10 / 10. */
  public static final SplitRatios DEFAULT = new SplitRatios(0.8, 0.1, 0.1);

  /** How far the three shares may sum away from 1 (room for decimal input such as 0.7 + 0.2 + 0.1). */
  public static final double SUM_TOLERANCE = 1e-6;

  /**
   * @throws ValidationException naming {@code split_ratios.<share>} for a negative or non-finite
   *     share, or {@code split_ratios} when the shares do not sum to 1 within {@link #SUM_TOLERANCE}
   */
  public SplitRatios {
    Problems problems = new Problems();
    share(problems, "train", train);
    share(problems, "validation", validation);
    share(problems, "evaluation", evaluation);
    if (problems.isEmpty() && Math.abs(train + validation + evaluation - 1.0) > SUM_TOLERANCE) {
      problems.add("split_ratios", "train + validation + evaluation must sum to 1, not "
          + (train + validation + evaluation));
    }
    problems.throwIfAny();
  }

  private static void share(Problems problems, String name, double value) {
    if (!Double.isFinite(value) || value < 0) problems.add("split_ratios." + name, "must be a number >= 0, not " + value);
  }

  /** The split of one example. */
  public Split splitOf(long seed, String exampleId) {
    double u = unitHash(seed, exampleId);
    if (u < train) return Split.TRAIN;
    if (u < train + validation) return Split.VALIDATION;
    return Split.EVALUATION;
  }

  static double unitHash(long seed, String exampleId) {
    // one digest per thread: looking the algorithm up for every record cost an export measurable time
    MessageDigest sha = SHA256.get();
    byte[] d = sha.digest((seed + ":" + exampleId).getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < 7; i++) bits = (bits << 8) | (d[i] & 0xff);
    return bits / (double) (1L << 56);
  }

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  });
}
