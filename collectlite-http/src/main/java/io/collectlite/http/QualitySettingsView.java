package io.collectlite.http;

import io.collectlite.quality.QualitySettings;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;

/**
 * A project's quality settings. {@code PUT} takes any subset of these fields and keeps the rest.
 *
 * @param aggregation {@code majority}, {@code weighted_vote}, {@code dawid_skene} or {@code median}
 * @param min_agreement a task whose consensus score is below this goes to review (0 to 1)
 * @param review_low_confidence send a task to review when an annotator marked their answer low confidence
 * @param model_disagreement a model suggestion at least this confident that disagrees with the
 *     consensus sends the task to review; null turns the rule off
 * @param gold_rate share of each annotator's claims served from gold tasks (0 to 0.5)
 * @param failed_gold_review how many of an annotator's most recent resolved tasks go back to review
 *     when they fail a gold task; 0 turns it off
 */
record QualitySettingsView(@OpenApiRequired String aggregation, @OpenApiRequired double min_agreement,
    @OpenApiRequired boolean review_low_confidence,
    @OpenApiDescription("null when off") Double model_disagreement, @OpenApiRequired double gold_rate,
    @OpenApiRequired int failed_gold_review) {
  static QualitySettingsView of(QualitySettings s) {
    return new QualitySettingsView(s.aggregation().wire(), s.minAgreement(), s.reviewLowConfidence(),
        s.modelDisagreement().isPresent() ? s.modelDisagreement().getAsDouble() : null, s.goldRate(),
        s.failedGoldReview());
  }
}
