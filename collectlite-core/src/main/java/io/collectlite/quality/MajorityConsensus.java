package io.collectlite.quality;

import io.collectlite.template.OrdinalScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Majority vote over an ordinal scale: a label held by more than half of the annotations settles
 * the task; otherwise the task goes to review with the (lower) median grade as the proposal.
 * Pure and thread-safe; the result does not depend on the order of the labels.
 */
public final class MajorityConsensus {
  /** The method name recorded with every result. */
  public static final String METHOD = "majority";

  private MajorityConsensus() {}

  /** Decides one task from its annotations' labels, each an option of {@code scale}. */
  public static ConsensusResult decide(OrdinalScale scale, List<String> labels) {
    if (labels.isEmpty()) throw new IllegalArgumentException("no annotations to decide from");
    Map<Integer, Integer> votesByGrade = new TreeMap<>();
    List<Integer> grades = new ArrayList<>();
    for (String label : labels) {
      int grade = scale.grade(label).orElseThrow(
          () -> new IllegalArgumentException("'" + label + "' is not on the scale " + scale.name()));
      grades.add(grade);
      votesByGrade.merge(grade, 1, Integer::sum);
    }
    int n = labels.size();
    for (Map.Entry<Integer, Integer> entry : votesByGrade.entrySet()) {
      if (entry.getValue() * 2 > n) {
        return new ConsensusResult(scale.valueOf(entry.getKey()), (double) entry.getValue() / n, n, METHOD, List.of());
      }
    }
    grades.sort(null);
    int median = grades.get((n - 1) / 2);
    double agreeing = votesByGrade.getOrDefault(median, 0);
    return new ConsensusResult(scale.valueOf(median), agreeing / n, n, METHOD, List.of(ReviewReason.DISAGREEMENT));
  }
}
