package io.collectlite.quality;

import io.collectlite.template.LabelSchema;
import io.collectlite.template.OrdinalScale;
import java.util.List;
import java.util.Optional;

/** One aggregation method bound to a project's schema and parameters. */
interface Aggregator {
  /**
   * A method's decision before the review rules.
   *
   * @param outright whether one answer won outright (a strict majority, a unique top weight or posterior)
   */
  record Verdict(String label, double score, boolean outright, String method) {}

  Verdict decide(TaskEvidence evidence);

  static Aggregator of(LabelSchema schema, AggregationMethod method, AnnotatorWeights weights,
      Optional<DawidSkeneFit> fit) {
    return switch (method) {
      case MAJORITY -> evidence -> majority(schema, evidence);
      case MEDIAN -> schema.primary() instanceof OrdinalScale scale
          ? evidence -> QualityEngine.ordinalMedian(scale, evidence.labels())
          : evidence -> majority(schema, evidence);
      case WEIGHTED_VOTE -> new WeightedAggregator(weights);
      case DAWID_SKENE -> {
        Aggregator majority = evidence -> majority(schema, evidence);
        yield fit.<Aggregator>map(f -> new DawidSkeneAggregator(f, majority)).orElse(majority);
      }
    };
  }

  private static Verdict majority(LabelSchema schema, TaskEvidence evidence) {
    ConsensusResult r = Consensus.decide(schema, evidence.labels());
    return new Verdict(r.label(), r.score(), !r.needsReview(), r.method());
  }

  /** Labels by annotator id, for the weighted vote and Dawid–Skene. */
  static List<Long> annotators(TaskEvidence evidence) {
    return evidence.annotations().stream().map(io.collectlite.annotation.Annotation::annotatorId).toList();
  }
}
