package io.collectlite.quality.aggregation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reliability-weighted vote on one task: each label scores the summed weight of the annotators who chose it,
 * and the heaviest label wins. Pure and thread-safe.
 */
public final class WeightedVote {
  /** Totals closer than this fraction of the whole weight count as equal, so rounding never hides a tie. */
  private static final double TIE_TOLERANCE = 1e-12;

  private WeightedVote() {}

  /**
   * Decides one task from its votes.
   *
   * <p>Weights are summed in annotator order, so the result never depends on the order of the votes. An
   * annotator who voted twice counts twice.
   *
   * @param taskVotes the task's votes, at least one, all with the same task id
   * @param weights annotator id to weight (for example a {@link Reliability#estimate()}); finite, not negative
   * @param defaultWeight the weight of annotators missing from {@code weights}; finite, not negative
   * @throws IllegalArgumentException if there are no votes, they span several tasks, or a weight is negative
   *     or not finite
   */
  public static WeightedResult decide(List<Vote> taskVotes, Map<Long, Double> weights, double defaultWeight) {
    checkWeight(defaultWeight, "default");
    Map<String, Double> totals = totals(sorted(taskVotes), weights, defaultWeight);
    double whole = totals.values().stream().mapToDouble(Double::doubleValue).sum();
    double top = totals.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    List<String> tied = totals.entrySet().stream()
        .filter(entry -> top - entry.getValue() <= TIE_TOLERANCE * whole)
        .map(Map.Entry::getKey)
        .toList();
    String label = tied.get(0);
    double score = whole > 0 ? Math.min(1, totals.get(label) / whole) : 0;
    return new WeightedResult(label, score, tied.size() > 1);
  }

  private static List<Vote> sorted(List<Vote> taskVotes) {
    if (taskVotes.isEmpty()) {
      throw new IllegalArgumentException("no votes to decide from");
    }
    long task = taskVotes.get(0).taskId();
    List<Vote> votes = new ArrayList<>(taskVotes);
    for (Vote vote : votes) {
      if (vote.taskId() != task) {
        throw new IllegalArgumentException("votes of one task expected, got tasks " + task + " and "
            + vote.taskId());
      }
    }
    votes.sort(Comparator.comparingLong(Vote::annotatorId).thenComparing(Vote::label));
    return votes;
  }

  private static Map<String, Double> totals(List<Vote> votes, Map<Long, Double> weights, double defaultWeight) {
    Map<String, Double> totals = new TreeMap<>();
    for (Vote vote : votes) {
      Double weight = weights.get(vote.annotatorId());
      double w = weight == null ? defaultWeight : checkWeight(weight, "annotator " + vote.annotatorId());
      totals.merge(vote.label(), w, Double::sum);
    }
    return totals;
  }

  private static double checkWeight(double weight, String whose) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a weight is finite and not negative; the " + whose + " weight is "
          + weight);
    }
    return weight;
  }
}
