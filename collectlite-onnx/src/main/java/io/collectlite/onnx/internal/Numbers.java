package io.collectlite.onnx.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** How settings and scores are written into prompt versions and rationales. */
final class Numbers {
  private Numbers() {}

  /** A setting as its shortest exact decimal: 0.35, 5, 0.05. */
  static String setting(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A score with three decimals. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** Softmax of {@code scores / temperature}, stable for large scores. */
  static double[] softmax(double[] scores, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) max = Math.max(max, s);
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp((scores[i] - max) / temperature);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) p[i] /= sum;
    return p;
  }
}
