package io.collectlite.onnx.internal;

import io.collectlite.suggestion.SuggestionOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Turns similarities into a classification suggestion. */
final class LabelVote {
  private LabelVote() {}

  /**
   * The label of the nearest resolved examples, each weighted by its cosine. A single choice takes the option with
   * the largest share; a multiple choice takes every option named by at least half the weight (within the
   * question's bounds). Confidence is the weight agreeing with the label exactly; the raw score is the mean cosine
   * of those neighbours.
   */
  static SuggestionOutcome byNeighbours(float[] vector, ClassificationSuggestions.Voters voters, String exampleId,
      LabelSpace space, int k) {
    int[] nearest = NearestNeighbours.nearest(vector, voters.vectors(), k, voters.ids().indexOf(exampleId));
    if (nearest.length == 0) return new SuggestionOutcome.Failed("no other resolved example to compare with");
    double[] shares = NearestNeighbours.shares(vector, voters.vectors(), voters.labels(), nearest);
    boolean[] chosen = space.multi() ? pick(shares, 0.5, space) : top(shares, 1);
    double agreeing = 0;
    double cosines = 0;
    double total = 0;
    int agreeingCount = 0;
    for (int n : nearest) {
      double cosine = MeanPooling.dot(vector, voters.vectors()[n]);
      double weight = Math.max(1e-3, cosine);
      total += weight;
      if (Arrays.equals(voters.labels()[n], chosen)) {
        agreeing += weight;
        cosines += cosine;
        agreeingCount++;
      }
    }
    String label = space.format(chosen);
    return Outcomes.suggested(label, agreeingCount == 0 ? 0 : cosines / agreeingCount, agreeing / total,
        space.values(), space.multi() ? normalised(shares) : shares,
        agreeingCount + " of the " + nearest.length + " nearest resolved examples are labelled " + label);
  }

  /**
   * The option whose description is closest to the text; the distribution is a softmax of the cosines over the
   * temperature. A multiple choice takes the closest options the question's minimum asks for (at least one).
   */
  static SuggestionOutcome byDescriptions(float[] vector, List<float[]> descriptions, LabelSpace space,
      double temperature) {
    double[] cosines = descriptions.stream().mapToDouble(d -> MeanPooling.dot(vector, d)).toArray();
    double[] distribution = Numbers.softmax(cosines, temperature);
    int best = argmax(cosines);
    boolean[] chosen = top(cosines, space.multi() ? Math.max(1, space.minChoices()) : 1);
    String title = space.options().get(best).title();
    return Outcomes.suggested(space.format(chosen), cosines[best], distribution[best], space.values(), distribution,
        "closest label description: " + title + " (cosine " + Numbers.score(cosines[best]) + ")");
  }

  /** Options whose share reaches {@code threshold}, topped up or cut to the question's bounds by share. */
  private static boolean[] pick(double[] shares, double threshold, LabelSpace space) {
    int reaching = (int) Arrays.stream(shares).filter(s -> s >= threshold).count();
    return top(shares, Math.max(space.minChoices(), Math.min(space.maxChoices(), reaching)));
  }

  /** The {@code count} highest scores (earlier options first among equals). */
  private static boolean[] top(double[] scores, int count) {
    boolean[] chosen = new boolean[scores.length];
    IntStream.range(0, scores.length).boxed()
        .sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b))
        .limit(count).forEach(i -> chosen[i] = true);
    return chosen;
  }

  private static int argmax(double[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) best = i;
    }
    return best;
  }

  private static double[] normalised(double[] shares) {
    double sum = Arrays.stream(shares).sum();
    return Arrays.stream(shares).map(s -> sum == 0 ? 1.0 / shares.length : s / sum).toArray();
  }
}
