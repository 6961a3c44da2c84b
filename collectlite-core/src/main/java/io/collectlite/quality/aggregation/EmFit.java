package io.collectlite.quality.aggregation;

import java.util.Arrays;

/**
 * The state of one Dawid–Skene EM run over a {@link VoteIndex}, in flat arrays: class priors {@code [t]},
 * confusion probabilities {@code [(a * K + t) * K + o]} (annotator {@code a}, truth {@code t}, observed
 * {@code o}) and task posteriors {@code [i * K + t]}.
 *
 * <p>The E-step also sums the expected counts the next M-step needs, so each iteration reads the votes once.
 */
final class EmFit {
  /** Products below this are redone in logarithms (the smallest normal double is about 2.2e-308). */
  private static final double UNDERFLOW = 1e-280;

  final VoteIndex index;
  final int k;
  final double[] posterior;
  double[] prior;
  double[] confusion;
  double logLikelihood = Double.NaN;
  private final double smoothing;
  private double[] previousPrior;
  private double[] previousConfusion;
  /** {@code P(o | t)} laid out {@code [(a * K + o) * K + t]}, so one vote's factors for all truths are adjacent. */
  private final double[] byObserved;
  /** Expected counts of {@code (a, t, o)}, laid out like {@link #byObserved}. */
  private final double[] counts;
  /** Expected number of tasks of each class. */
  private final double[] classMass;
  private boolean estimated;

  private EmFit(VoteIndex index, double smoothing) {
    this.index = index;
    this.k = index.classCount();
    this.smoothing = smoothing;
    int cells = index.annotatorCount() * k * k;
    posterior = new double[index.taskCount() * k];
    prior = new double[k];
    previousPrior = new double[k];
    confusion = new double[cells];
    previousConfusion = new double[cells];
    byObserved = new double[cells];
    counts = new double[cells];
    classMass = new double[k];
  }

  /** Starts from each task's vote shares, Dawid and Skene's equation (3.1): soft majority vote. */
  static EmFit fromVoteShares(VoteIndex index, double smoothing) {
    EmFit fit = new EmFit(index, smoothing);
    for (int i = 0; i < index.taskCount(); i++) {
      int from = index.taskStart[i];
      int to = index.taskStart[i + 1];
      for (int v = from; v < to; v++) {
        fit.posterior[i * fit.k + index.label[v]] += 1.0 / (to - from);
      }
      fit.count(i);
    }
    return fit;
  }

  /**
   * The M-step, Dawid and Skene's equations (2.3) and (2.4) with {@code smoothing} added to every count: priors
   * and confusion probabilities from the expected counts of the last E-step (or of the start).
   *
   * @return the largest change of any prior or confusion probability, infinite on the first step
   */
  double maximise() {
    double[] swap = previousPrior;
    previousPrior = prior;
    prior = swap;
    swap = previousConfusion;
    previousConfusion = confusion;
    confusion = swap;
    for (int t = 0; t < k; t++) {
      prior[t] = (classMass[t] + smoothing) / (index.taskCount() + k * smoothing);
    }
    for (int a = 0; a < index.annotatorCount(); a++) {
      for (int t = 0; t < k; t++) {
        estimateRow(a, t);
      }
    }
    double change = estimated ? Math.max(largestChange(prior, previousPrior),
        largestChange(confusion, previousConfusion)) : Double.POSITIVE_INFINITY;
    estimated = true;
    return change;
  }

  /**
   * The E-step, Dawid and Skene's equation (2.5): task posteriors and the log-likelihood from the parameters,
   * and the expected counts for the next M-step. Products of probabilities are formed directly, which is exact
   * to rounding as long as they stay far from underflow; a task whose product comes near it (hundreds of votes)
   * is redone in logarithms.
   */
  void expect() {
    Arrays.fill(counts, 0);
    Arrays.fill(classMass, 0);
    double[] weights = new double[k];
    double logTotal = 0;
    double product = 1;
    for (int i = 0; i < index.taskCount(); i++) {
      System.arraycopy(prior, 0, weights, 0, k);
      for (int v = index.taskStart[i]; v < index.taskStart[i + 1]; v++) {
        int base = (index.annotator[v] * k + index.label[v]) * k;
        for (int t = 0; t < k; t++) {
          weights[t] *= byObserved[base + t];
        }
      }
      double sum = 0;
      for (int t = 0; t < k; t++) {
        sum += weights[t];
      }
      if (sum < UNDERFLOW) {
        logTotal += expectInLogs(i, weights);
      } else {
        for (int t = 0; t < k; t++) {
          posterior[i * k + t] = weights[t] / sum;
        }
        product *= sum;
        if (product < UNDERFLOW) {
          logTotal += Math.log(product);
          product = 1;
        }
      }
      count(i);
    }
    logLikelihood = logTotal + Math.log(product);
  }

  /**
   * Turns log-weights into probabilities in place and returns the log of their sum. Weights that are all zero
   * (every class impossible) become uniform and the returned log is minus infinity.
   */
  static double normalise(double[] logs) {
    double max = Double.NEGATIVE_INFINITY;
    for (double log : logs) {
      max = Math.max(max, log);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      Arrays.fill(logs, 1.0 / logs.length);
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int t = 0; t < logs.length; t++) {
      logs[t] = Math.exp(logs[t] - max);
      sum += logs[t];
    }
    for (int t = 0; t < logs.length; t++) {
      logs[t] /= sum;
    }
    return max + Math.log(sum);
  }

  /** Adds task {@code i}'s posterior to the expected counts of its votes and to the class masses. */
  private void count(int i) {
    for (int v = index.taskStart[i]; v < index.taskStart[i + 1]; v++) {
      int base = (index.annotator[v] * k + index.label[v]) * k;
      for (int t = 0; t < k; t++) {
        counts[base + t] += posterior[i * k + t];
      }
    }
    for (int t = 0; t < k; t++) {
      classMass[t] += posterior[i * k + t];
    }
  }

  /** One task's E-step in logarithms; returns the log of its likelihood. */
  private double expectInLogs(int i, double[] logs) {
    for (int t = 0; t < k; t++) {
      logs[t] = Math.log(prior[t]);
    }
    for (int v = index.taskStart[i]; v < index.taskStart[i + 1]; v++) {
      int base = (index.annotator[v] * k + index.label[v]) * k;
      for (int t = 0; t < k; t++) {
        logs[t] += Math.log(byObserved[base + t]);
      }
    }
    double logSum = normalise(logs);
    System.arraycopy(logs, 0, posterior, i * k, k);
    return logSum;
  }

  /** Annotator {@code a}'s row for truth {@code t} from its counts; a row with no mass at all becomes uniform. */
  private void estimateRow(int a, int t) {
    double total = k * smoothing;
    for (int o = 0; o < k; o++) {
      total += counts[(a * k + o) * k + t];
    }
    for (int o = 0; o < k; o++) {
      double p = total > 0 ? (counts[(a * k + o) * k + t] + smoothing) / total : 1.0 / k;
      confusion[(a * k + t) * k + o] = p;
      byObserved[(a * k + o) * k + t] = p;
    }
  }

  private static double largestChange(double[] now, double[] before) {
    double largest = 0;
    for (int j = 0; j < now.length; j++) {
      largest = Math.max(largest, Math.abs(now[j] - before[j]));
    }
    return largest;
  }
}
