package io.collectlite.quality;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.Confidence;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.OrdinalScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides tasks under a project's quality settings: the aggregation method gives a label and a
 * score, then the review rules add every reason the task needs a reviewer (agreement below the
 * threshold or no outright winner, low annotator confidence, a confident model that disagrees).
 * Pure and thread-safe.
 */
public final class QualityEngine {
  private final LabelSchema schema;
  private final QualitySettings settings;
  private final Aggregator aggregator;

  private QualityEngine(LabelSchema schema, QualitySettings settings, Aggregator aggregator) {
    this.schema = schema;
    this.settings = settings;
    this.aggregator = aggregator;
  }

  /**
   * An engine for one project; {@code weights} are the annotators' reliability (for the weighted
   * vote) and {@code fit} the project's latest Dawid–Skene fit, if there is one.
   */
  public static QualityEngine of(LabelSchema schema, QualitySettings settings, AnnotatorWeights weights,
      java.util.Optional<DawidSkeneFit> fit) {
    Objects.requireNonNull(schema, "schema");
    settings.requireFits(schema);
    return new QualityEngine(schema, settings, Aggregator.of(schema, settings.aggregation(), weights, fit));
  }

  /** The settings it decides under. */
  public QualitySettings settings() {
    return settings;
  }

  /** The verdict on one task. */
  public ConsensusResult decide(TaskEvidence evidence) {
    Aggregator.Verdict verdict = aggregator.decide(evidence);
    List<ReviewReason> reasons = new ArrayList<>();
    if (!verdict.outright() || verdict.score() < settings.minAgreement()) reasons.add(ReviewReason.DISAGREEMENT);
    if (settings.reviewLowConfidence()
        && evidence.annotations().stream().map(Annotation::confidence).anyMatch(c -> c == Confidence.LOW)) {
      reasons.add(ReviewReason.LOW_CONFIDENCE);
    }
    if (modelDisagrees(evidence, verdict.label())) reasons.add(ReviewReason.MODEL_DISAGREEMENT);
    return new ConsensusResult(verdict.label(), verdict.score(), evidence.annotations().size(), verdict.method(),
        reasons);
  }

  /** This engine as a store's consensus policy. */
  public ConsensusPolicy policy() {
    return this::decide;
  }

  private boolean modelDisagrees(TaskEvidence evidence, String label) {
    if (settings.modelDisagreement().isEmpty() || evidence.suggestion().isEmpty()) return false;
    ModelSuggestion s = evidence.suggestion().get();
    // a suggestion without a confidence is not a strong one
    if (s.confidence().isEmpty() || s.confidence().getAsDouble() < settings.modelDisagreement().getAsDouble()) {
      return false;
    }
    return !schema.agrees(s.label(), label);
  }

  /** The lower median grade of ordinal labels, with the share of labels equal to it. */
  static Aggregator.Verdict ordinalMedian(OrdinalScale scale, List<String> labels) {
    List<Integer> grades = labels.stream().map(l -> scale.grade(l).orElseThrow(
        () -> new IllegalArgumentException("'" + l + "' is not on the scale " + scale.name()))).sorted().toList();
    int median = grades.get((grades.size() - 1) / 2);
    long agreeing = grades.stream().filter(g -> g == median).count();
    return new Aggregator.Verdict(scale.valueOf(median), (double) agreeing / grades.size(), true,
        AggregationMethod.MEDIAN.wire());
  }
}
