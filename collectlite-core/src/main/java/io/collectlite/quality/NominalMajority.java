package io.collectlite.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Majority vote over unordered answers (class labels, pairwise choices, label sets): an answer held
 * by more than half of the annotations settles the task; otherwise it goes to review with the most
 * frequent answer as the proposal (ties broken by the answer's text, so the order of the
 * annotations never matters).
 */
final class NominalMajority {
  private NominalMajority() {}

  static ConsensusResult decide(List<String> keys) {
    if (keys.isEmpty()) throw new IllegalArgumentException("no annotations to decide from");
    Map<String, Integer> votes = new TreeMap<>();
    keys.forEach(k -> votes.merge(k, 1, Integer::sum));
    String best = null;
    int most = 0;
    for (var entry : votes.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    int n = keys.size();
    List<ReviewReason> reasons = most * 2 > n ? List.of() : List.of(ReviewReason.DISAGREEMENT);
    return new ConsensusResult(best, (double) most / n, n, MajorityConsensus.METHOD, reasons);
  }
}
