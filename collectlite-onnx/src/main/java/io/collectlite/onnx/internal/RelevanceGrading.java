package io.collectlite.onnx.internal;

/**
 * Maps a query–document cosine to three ordered grades and a distribution over them.
 *
 * <p>The grades cover {@code (-1, partial)}, {@code [partial, high)} and {@code [high, 1]}. A grade's probability is
 * a softmax over the negated distance from the cosine to the grade's interval, divided by {@code temperature}: the
 * grade holding the cosine scores 0 and wins, a neighbour loses by how far the cosine is from its threshold. At a
 * threshold the two grades it separates are even (margin 0, what active learning looks for); a cosine one
 * temperature inside a grade gives its neighbour e⁻¹ of its weight.
 *
 * @param partial the lowest cosine graded partially relevant
 * @param high the lowest cosine graded highly relevant
 * @param temperature the distance, in cosine, over which confidence changes by a factor e
 */
public record RelevanceGrading(double partial, double high, double temperature) {
  /**
   * Thresholds read off the bundled model on the module's hand-written query set (irrelevant documents below 0.07,
   * partially relevant 0.22 to 0.62, highly relevant above 0.69), with a temperature of 0.05.
   */
  public static final RelevanceGrading DEFAULT = new RelevanceGrading(0.2, 0.65, 0.05);

  public RelevanceGrading {
    if (!(partial > -1 && partial < high && high <= 1)) {
      throw new IllegalArgumentException("relevance thresholds must satisfy -1 < partial < high <= 1, were "
          + partial + " and " + high);
    }
    if (!(temperature > 0 && temperature <= 1)) {
      throw new IllegalArgumentException("the relevance temperature lies in (0, 1], was " + temperature);
    }
  }

  /** The grade of a cosine: 0, 1 or 2. */
  public int grade(double cosine) {
    return cosine >= high ? 2 : cosine >= partial ? 1 : 0;
  }

  /** The probability of each grade, lowest first, summing to 1; the largest is {@link #grade}'s. */
  public double[] distribution(double cosine) {
    double[] distance = {
        Math.max(0, cosine - partial),
        Math.max(0, partial - cosine) + Math.max(0, cosine - high),
        Math.max(0, high - cosine)};
    for (int g = 0; g < 3; g++) distance[g] = -distance[g];
    return Numbers.softmax(distance, temperature);
  }

  /** The settings as they appear in a prompt version. */
  public String version() {
    return "t=" + Numbers.setting(partial) + "," + Numbers.setting(high) + ";temp=" + Numbers.setting(temperature);
  }
}
