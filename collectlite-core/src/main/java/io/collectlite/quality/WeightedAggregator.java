package io.collectlite.quality;

import io.collectlite.annotation.Annotation;
import io.collectlite.quality.aggregation.Vote;
import io.collectlite.quality.aggregation.WeightedResult;
import io.collectlite.quality.aggregation.WeightedVote;

/** Decides a task by the reliability-weighted vote of its annotators. */
final class WeightedAggregator implements Aggregator {
  private final AnnotatorWeights weights;

  WeightedAggregator(AnnotatorWeights weights) {
    this.weights = weights;
  }

  @Override
  public Verdict decide(TaskEvidence evidence) {
    var votes = evidence.annotations().stream()
        .map((Annotation a) -> new Vote(evidence.taskId(), a.annotatorId(), a.label())).toList();
    WeightedResult r = WeightedVote.decide(votes, weights.weights(), weights.fallback());
    return new Verdict(r.label(), r.score(), !r.tie(), AggregationMethod.WEIGHTED_VOTE.wire());
  }
}
