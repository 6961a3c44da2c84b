package io.collectlite.quality;

import io.collectlite.error.ValidationException;
import io.collectlite.template.LabelSchema;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A project's quality rules: how consensus is decided and when a task goes to review.
 *
 * @param aggregation the method that decides each task
 * @param minAgreement a task whose consensus score (share agreeing, weighted share, or posterior)
 *     is below this goes to review, 0 to 1; a task without an outright winner always does
 * @param reviewLowConfidence send a task to review when any annotator marked their answer low confidence
 * @param modelDisagreement when present, a model suggestion with at least this confidence that
 *     disagrees with the consensus sends the task to review
 * @param goldRate the share of each annotator's claims served from gold tasks, 0 to 0.5
 * @param failedGoldReview when an annotator fails a gold task, this many of their most recent
 *     resolved annotations' tasks go back to review; 0 turns it off
 */
public record QualitySettings(AggregationMethod aggregation, double minAgreement, boolean reviewLowConfidence,
    OptionalDouble modelDisagreement, double goldRate, int failedGoldReview) {
  /** The most recent tasks a failed gold task may send back to review. */
  public static final int MAX_FAILED_GOLD_REVIEW = 1000;
  /** The highest gold rate: at least half of an annotator's work is real work. */
  public static final double MAX_GOLD_RATE = 0.5;

  /** Checks every field; throws a {@link ValidationException} naming each bad one as {@code quality.<field>}. */
  public QualitySettings {
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(modelDisagreement, "modelDisagreement");
    var problems = new java.util.ArrayList<io.collectlite.error.Problem>();
    if (!(minAgreement >= 0 && minAgreement <= 1)) {
      problems.add(io.collectlite.error.Problem.field("quality.min_agreement", "must be between 0 and 1"));
    }
    if (modelDisagreement.isPresent() && !(modelDisagreement.getAsDouble() >= 0 && modelDisagreement.getAsDouble() <= 1)) {
      problems.add(io.collectlite.error.Problem.field("quality.model_disagreement", "must be between 0 and 1"));
    }
    if (!(goldRate >= 0 && goldRate <= MAX_GOLD_RATE)) {
      problems.add(io.collectlite.error.Problem.field("quality.gold_rate", "must be between 0 and " + MAX_GOLD_RATE));
    }
    if (failedGoldReview < 0 || failedGoldReview > MAX_FAILED_GOLD_REVIEW) {
      problems.add(io.collectlite.error.Problem.field("quality.failed_gold_review",
          "must be between 0 and " + MAX_FAILED_GOLD_REVIEW));
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }

  /** Majority vote (the median for numeric ratings), review below a strict majority, nothing else. */
  public static QualitySettings defaults(LabelSchema schema) {
    return new QualitySettings(AggregationMethod.MAJORITY, 0.5, false, OptionalDouble.empty(), 0, 0);
  }

  /** Throws a {@link ValidationException} on {@code quality.aggregation} when the method cannot decide the schema's first question. */
  public QualitySettings requireFits(LabelSchema schema) {
    aggregation.misfit(schema).ifPresent(why -> {
      throw ValidationException.field("quality.aggregation", why);
    });
    return this;
  }

  /** The same settings with another aggregation method. */
  public QualitySettings withAggregation(AggregationMethod method) {
    return new QualitySettings(method, minAgreement, reviewLowConfidence, modelDisagreement, goldRate, failedGoldReview);
  }
}
