package io.collectlite.quality;

import java.util.List;
import java.util.Objects;

/**
 * The quality engine's verdict on one task.
 *
 * @param label the consensus label; when the task goes to review it is the engine's best guess
 *     (the ordinal median), shown to the reviewer but never exported as final
 * @param score share of annotations that agree with {@code label}, 0 to 1
 * @param method the aggregation that produced it, named in exports (e.g. {@code majority})
 * @param reasons why the task needs review; empty when consensus settles it
 */
public record ConsensusResult(String label, double score, int annotations, String method, List<ReviewReason> reasons) {
  public ConsensusResult {
    Objects.requireNonNull(label, "label");
    if (score < 0 || score > 1) throw new IllegalArgumentException("score must be within [0, 1]");
    if (annotations < 1) throw new IllegalArgumentException("a consensus needs an annotation");
    Objects.requireNonNull(method, "method");
    reasons = List.copyOf(reasons);
  }

  /** Whether the task must go to a reviewer. */
  public boolean needsReview() {
    return !reasons.isEmpty();
  }
}
