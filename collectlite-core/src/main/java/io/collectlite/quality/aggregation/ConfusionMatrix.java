package io.collectlite.quality.aggregation;

import java.util.Arrays;
import java.util.List;

/**
 * One annotator's error rates: row {@code t}, column {@code o} is the probability that the annotator answers
 * {@code classes[o]} when the truth is {@code classes[t]}. Immutable: the array is copied in and out.
 *
 * @param classes the classes in text order, distinct
 * @param probabilities a square matrix over {@code classes}; each row is a probability distribution
 */
public record ConfusionMatrix(List<String> classes, double[][] probabilities) {
  private static final double ROW_SUM_TOLERANCE = 1e-9;

  public ConfusionMatrix {
    classes = List.copyOf(classes);
    probabilities = copy(probabilities);
    if (probabilities.length != classes.size()) {
      throw new IllegalArgumentException("one row per class expected: " + probabilities.length + " rows for "
          + classes.size() + " classes");
    }
    for (double[] row : probabilities) {
      checkRow(row, classes.size());
    }
  }

  /** A copy of the matrix. */
  @Override
  public double[][] probabilities() {
    return copy(probabilities);
  }

  /**
   * {@code P(observed | truth)}.
   *
   * @throws IllegalArgumentException if either label is not one of {@link #classes()}
   */
  public double p(String truth, String observed) {
    return probabilities[index(truth)][index(observed)];
  }

  /** {@code P(observed = truth | truth)}: how often the annotator is right about tasks of this class. */
  public double recall(String truth) {
    int t = index(truth);
    return probabilities[t][t];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix that && classes.equals(that.classes)
        && Arrays.deepEquals(probabilities, that.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * classes.hashCode() + Arrays.deepHashCode(probabilities);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix[classes=" + classes + ", probabilities=" + Arrays.deepToString(probabilities) + "]";
  }

  private int index(String label) {
    int index = classes.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException("not one of the classes " + classes + ": " + label);
    }
    return index;
  }

  private static void checkRow(double[] row, int size) {
    if (row.length != size) {
      throw new IllegalArgumentException("each row needs " + size + " probabilities: " + Arrays.toString(row));
    }
    double sum = 0;
    for (double p : row) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("a probability lies in [0, 1]: " + Arrays.toString(row));
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
      throw new IllegalArgumentException("each row sums to 1: " + Arrays.toString(row));
    }
  }

  private static double[][] copy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
