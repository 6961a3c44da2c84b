package io.collectlite.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of a Dawid–Skene fit, kept with a consensus run so that tasks completed after it
 * are decided by the same model: the class priors and each annotator's confusion matrix (row: true
 * class, column: the label given; rows sum to 1).
 */
public record DawidSkeneFit(List<String> classes, double[] priors, Map<Long, double[][]> confusion) {
  public DawidSkeneFit {
    classes = List.copyOf(classes);
    Objects.requireNonNull(priors, "priors");
    if (priors.length != classes.size()) throw new IllegalArgumentException("one prior per class");
    confusion = Map.copyOf(confusion);
    for (double[][] m : confusion.values()) {
      if (m.length != classes.size()) throw new IllegalArgumentException("confusion matrices are classes x classes");
    }
  }

  /** The parameters of a fit (its per-task posteriors are not kept). */
  public static DawidSkeneFit of(io.collectlite.quality.aggregation.DawidSkeneResult result) {
    List<String> classes = result.classes();
    double[] priors = new double[classes.size()];
    for (int c = 0; c < priors.length; c++) priors[c] = result.priors().get(classes.get(c));
    Map<Long, double[][]> confusion = new HashMap<>();
    result.confusion().forEach((annotator, matrix) -> confusion.put(annotator, matrix.probabilities()));
    return new DawidSkeneFit(classes, priors, confusion);
  }

  /**
   * The annotator's estimated accuracy: the chance their label is the true class, the diagonal of
   * their confusion matrix weighted by the class priors; empty when the fit never saw them.
   */
  public java.util.Optional<Double> accuracy(long annotatorId) {
    double[][] m = confusion.get(annotatorId);
    if (m == null) return java.util.Optional.empty();
    double accuracy = 0;
    for (int c = 0; c < priors.length; c++) accuracy += priors[c] * m[c][c];
    return java.util.Optional.of(accuracy);
  }

  /**
   * The posterior over classes of one task from its labels by annotator (one E-step with the fitted
   * parameters). An annotator the fit never saw counts with the mean of the fitted matrices; a label
   * outside the fitted classes carries no evidence.
   */
  public double[] posterior(List<Long> annotators, List<String> labels) {
    int k = classes.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < k; i++) index.put(classes.get(i), i);
    double[] log = new double[k];
    for (int c = 0; c < k; c++) log[c] = Math.log(Math.max(priors[c], 1e-300));
    double[][] mean = meanConfusion();
    for (int v = 0; v < labels.size(); v++) {
      Integer observed = index.get(labels.get(v));
      if (observed == null) continue;
      double[][] m = confusion.getOrDefault(annotators.get(v), mean);
      for (int c = 0; c < k; c++) log[c] += Math.log(Math.max(m[c][observed], 1e-300));
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double l : log) max = Math.max(max, l);
    double sum = 0;
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = Math.exp(log[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < k; c++) p[c] /= sum;
    return p;
  }

  private double[][] meanConfusion() {
    int k = classes.size();
    double[][] mean = new double[k][k];
    if (confusion.isEmpty()) {
      for (int c = 0; c < k; c++) java.util.Arrays.fill(mean[c], 1.0 / k);
      return mean;
    }
    for (double[][] m : confusion.values()) {
      for (int c = 0; c < k; c++) {
        for (int o = 0; o < k; o++) mean[c][o] += m[c][o] / confusion.size();
      }
    }
    return mean;
  }
}
