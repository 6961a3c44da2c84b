package io.collectlite.http;

import io.collectlite.quality.AnnotatorReliability;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;

/**
 * One annotator's reliability.
 *
 * @param gold_correct gold answers they got right
 * @param gold_total gold answers they gave: the count the gold estimate rests on
 * @param gold_accuracy smoothed gold accuracy (posterior mean under a uniform Beta prior: 2 of 2 is 0.75)
 * @param gold_lower lower end of its 95% credible interval
 * @param gold_upper upper end of its 95% credible interval
 * @param dawid_skene accuracy estimated by the latest Dawid–Skene recompute; null without one
 * @param estimate the estimate to go by: gold with 5 or more gold answers, else Dawid–Skene where fitted
 * @param basis {@code gold} or {@code dawid_skene}
 */
record ReliabilityView(@OpenApiRequired long annotator_id, @OpenApiRequired String annotator,
    @OpenApiRequired long gold_correct, @OpenApiRequired long gold_total, @OpenApiRequired double gold_accuracy,
    @OpenApiRequired double gold_lower, @OpenApiRequired double gold_upper,
    @OpenApiDescription("null without a Dawid-Skene recompute") Double dawid_skene,
    @OpenApiRequired double estimate, @OpenApiRequired String basis) {
  static ReliabilityView of(AnnotatorReliability r) {
    return new ReliabilityView(r.annotatorId(), r.annotatorName(), r.gold().correct(), r.gold().total(),
        r.gold().estimate(), r.gold().lower(), r.gold().upper(), r.dawidSkene().orElse(null), r.estimate(),
        r.basis());
  }
}
