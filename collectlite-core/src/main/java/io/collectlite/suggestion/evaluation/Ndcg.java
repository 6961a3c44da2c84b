package io.collectlite.suggestion.evaluation;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Normalised discounted cumulative gain at k: the gains in the model's order, each discounted by
 * log₂(position + 1), over the same sum in the best order of the same gains.
 */
public final class Ndcg {
  private Ndcg() {}

  /**
   * nDCG@k of gains listed in the model's ranking order (best first); empty when every gain is 0 (no ideal
   * order to compare with) or there are none.
   */
  public static OptionalDouble atK(double[] gainsInModelOrder, int k) {
    return atK(gainsInModelOrder, gainsInModelOrder, k);
  }

  /**
   * nDCG@k where the ideal order is drawn from {@code judgedGains}, every judged item's gain (including
   * relevant items the model did not rank); empty when the ideal DCG is 0.
   */
  public static OptionalDouble atK(double[] gainsInModelOrder, double[] judgedGains, int k) {
    if (k < 1) throw new IllegalArgumentException("k is at least 1");
    double[] ideal = judgedGains.clone();
    Arrays.sort(ideal);
    reverse(ideal);
    double best = dcg(ideal, k);
    if (best == 0) return OptionalDouble.empty();
    return OptionalDouble.of(dcg(gainsInModelOrder, k) / best);
  }

  /** Σ gainᵢ / log₂(i + 1) over the first k positions (i from 1). */
  public static double dcg(double[] gains, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gains.length); i++) sum += gains[i] / (Math.log(i + 2) / Math.log(2));
    return sum;
  }

  private static void reverse(double[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
