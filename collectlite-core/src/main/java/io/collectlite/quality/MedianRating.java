package io.collectlite.quality;

import io.collectlite.template.NumericRating;
import java.math.BigDecimal;
import java.util.List;

/**
 * Consensus for numeric ratings: the (lower) median; annotations within the question's tolerance
 * of it agree, and more than half must agree for the task to settle.
 */
final class MedianRating {
  /** The method name recorded with every result. */
  static final String METHOD = "median";

  private MedianRating() {}

  static ConsensusResult decide(NumericRating question, List<String> keys) {
    if (keys.isEmpty()) throw new IllegalArgumentException("no annotations to decide from");
    List<BigDecimal> values = keys.stream().map(BigDecimal::new).sorted().toList();
    BigDecimal median = values.get((values.size() - 1) / 2);
    long agreeing = values.stream().filter(v -> v.subtract(median).abs().compareTo(question.tolerance()) <= 0).count();
    int n = values.size();
    List<ReviewReason> reasons = agreeing * 2 > n ? List.of() : List.of(ReviewReason.DISAGREEMENT);
    return new ConsensusResult(question.consensusKey(com.fasterxml.jackson.databind.node.DecimalNode.valueOf(median)),
        (double) agreeing / n, n, METHOD, reasons);
  }
}
