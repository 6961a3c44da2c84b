package io.collectlite.quality;

import io.collectlite.template.LabelSchema;
import io.collectlite.template.NumericRating;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import java.util.List;

/**
 * The default consensus of each question kind, over the primary answers' consensus keys: majority
 * vote with the ordinal median as the proposal for ordinal scales, majority vote for choices and
 * pairwise preferences, the median within tolerance for numeric ratings. Pure and thread-safe.
 */
public final class Consensus {
  private Consensus() {}

  /** Decides one task from its annotations' primary keys under {@code schema}. */
  public static ConsensusResult decide(LabelSchema schema, List<String> keys) {
    Question primary = schema.primary();
    if (primary instanceof OrdinalScale scale) return MajorityConsensus.decide(scale, keys);
    if (primary instanceof NumericRating rating) return MedianRating.decide(rating, keys);
    return NominalMajority.decide(keys);
  }

  /** A policy for a store's submit, deciding over the annotations' primary keys. */
  public static ConsensusPolicy policy(LabelSchema schema) {
    return evidence -> decide(schema, evidence.labels());
  }
}
