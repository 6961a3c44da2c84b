package io.collectlite.suggestion.evaluation;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties sharing their mean rank. */
public final class Spearman {
  private Spearman() {}

  /**
   * The correlation of two paired samples; empty with fewer than two pairs or when either sample is constant
   * (its ranks have no variance).
   */
  public static OptionalDouble rho(double[] x, double[] y) {
    if (x.length != y.length) throw new IllegalArgumentException("paired samples have the same length");
    if (x.length < 2) return OptionalDouble.empty();
    return pearson(ranks(x), ranks(y));
  }

  /** Ranks from 1, ties given the mean of the ranks they span. */
  static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[values.length];
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) end++;
      double mean = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) ranks[order[k]] = mean;
      start = end + 1;
    }
    return ranks;
  }

  private static OptionalDouble pearson(double[] a, double[] b) {
    double meanA = Arrays.stream(a).average().orElseThrow();
    double meanB = Arrays.stream(b).average().orElseThrow();
    double cov = 0;
    double varA = 0;
    double varB = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - meanA) * (b[i] - meanB);
      varA += (a[i] - meanA) * (a[i] - meanA);
      varB += (b[i] - meanB) * (b[i] - meanB);
    }
    if (varA == 0 || varB == 0) return OptionalDouble.empty();
    return OptionalDouble.of(cov / Math.sqrt(varA * varB));
  }
}
