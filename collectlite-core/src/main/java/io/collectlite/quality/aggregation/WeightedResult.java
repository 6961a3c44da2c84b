package io.collectlite.quality.aggregation;

import java.util.Objects;

/**
 * The outcome of a {@link WeightedVote} on one task.
 *
 * @param label the label with the largest total weight; among tied labels the first in text order
 * @param score the winning label's share of the total weight, 0 to 1; 0 when every vote weighs nothing
 * @param tie whether another label has the same total weight as {@code label} (equal up to rounding: within
 *     1e-12 of the whole weight)
 */
public record WeightedResult(String label, double score, boolean tie) {
  public WeightedResult {
    Objects.requireNonNull(label, "label");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1]: " + score);
    }
  }
}
