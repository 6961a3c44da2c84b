package io.collectlite.quality.pairwise;

import java.util.Arrays;

/**
 * Hunter's (2004) minorisation–maximisation iteration for the Bradley–Terry likelihood, Zermelo's original
 * algorithm: {@code gamma_i <- W_i / sum_j n_ij / (gamma_i + gamma_j)}. Each sweep increases the likelihood;
 * it converges to the maximum whenever that exists, which the caller has checked.
 */
final class MmFit {
  final double[] strengths;
  final int iterations;
  final boolean converged;

  private MmFit(double[] strengths, int iterations, boolean converged) {
    this.strengths = strengths;
    this.iterations = iterations;
    this.converged = converged;
  }

  static MmFit run(Tally tally, Convergence convergence) {
    int n = tally.models.size();
    double[] log = new double[n];
    double[] gamma = new double[n];
    double[] denominator = new double[n];
    Arrays.fill(gamma, 1.0);
    for (int iteration = 1; iteration <= convergence.maxIterations(); iteration++) {
      Arrays.fill(denominator, 0.0);
      for (int p = 0; p < tally.first.length; p++) {
        int i = tally.first[p];
        int j = tally.second[p];
        double share = tally.games[p] / (gamma[i] + gamma[j]);
        denominator[i] += share;
        denominator[j] += share;
      }
      double[] next = new double[n];
      double mean = 0;
      for (int i = 0; i < n; i++) {
        next[i] = Math.log(tally.wins[i] / denominator[i]);
        mean += next[i] / n;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] -= mean;
        change = Math.max(change, Math.abs(next[i] - log[i]));
        gamma[i] = Math.exp(next[i]);
      }
      log = next;
      if (change < convergence.tolerance()) {
        return new MmFit(log, iteration, true);
      }
    }
    return new MmFit(log, convergence.maxIterations(), false);
  }
}
