package io.collectlite.quality.agreement;

import java.util.Optional;

/**
 * Alpha from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 * {@code alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)}.
 */
final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  static Optional<Alpha> compute(RatingTable table, Level level) {
    return compute(Coincidences.of(table), level);
  }

  static Optional<Alpha> compute(Coincidences coincidences, Level level) {
    ValueDomain domain = ValueDomain.of(level, coincidences.values());
    double[][] o = onDomain(coincidences, domain);
    double[] marginals = new double[domain.size()];
    double n = 0;
    for (int c = 0; c < o.length; c++) {
      for (int k = 0; k < o.length; k++) marginals[c] += o[c][k];
      n += marginals[c];
    }
    double[][] delta = squaredDifferences(level, domain, marginals);
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < o.length; c++) {
      for (int k = 0; k < o.length; k++) {
        observed += o[c][k] * delta[c][k];
        expected += marginals[c] * marginals[k] * delta[c][k];
      }
    }
    if (expected == 0) return Optional.empty();
    double observedDisagreement = observed / n;
    double expectedDisagreement = expected / (n * (n - 1));
    return Optional.of(new Alpha(1 - observedDisagreement / expectedDisagreement, observedDisagreement,
        expectedDisagreement, (int) Math.round(n)));
  }

  /** The matrix indexed by the domain: ordinal categories in rank order, interval values merged by number. */
  private static double[][] onDomain(Coincidences coincidences, ValueDomain domain) {
    double[][] o = new double[domain.size()][domain.size()];
    for (String c : coincidences.values()) {
      for (String k : coincidences.values()) o[domain.indexOf(c)][domain.indexOf(k)] += coincidences.count(c, k);
    }
    return o;
  }

  private static double[][] squaredDifferences(Level level, ValueDomain domain, double[] marginals) {
    double[][] delta = new double[domain.size()][domain.size()];
    for (int c = 0; c < delta.length; c++) {
      for (int k = c + 1; k < delta.length; k++) {
        double d = difference(level, domain, marginals, c, k);
        delta[c][k] = d;
        delta[k][c] = d;
      }
    }
    return delta;
  }

  /** The squared difference of values c < k; the ordinal one counts the values ranked between them. */
  private static double difference(Level level, ValueDomain domain, double[] marginals, int c, int k) {
    if (level instanceof Level.Interval) {
      double d = domain.number(k) - domain.number(c);
      return d * d;
    }
    if (level instanceof Level.Ordinal) {
      double between = -(marginals[c] + marginals[k]) / 2;
      for (int g = c; g <= k; g++) between += marginals[g];
      return between * between;
    }
    return 1;
  }
}
