package io.collectlite.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's quality dashboard: activity over time, each annotator's throughput, latency and agreement with
 * the final labels, agreement overall and per label, label distributions, how often a model disagrees with
 * the humans, the review backlog by reason and export readiness. Every figure is aggregated by the store
 * (see {@link io.collectlite.store.MetricsStore}), so reading it costs about the same whatever the project's
 * size.
 *
 * @param activity tasks created and completed and annotations submitted, by UTC day
 * @param annotators every annotator who holds an annotation in the project, by name
 * @param agreement Krippendorff's alpha on the first question at its data level; empty until defined
 * @param labelAgreement alpha per label of the first question, in label order
 * @param goldAccuracy each annotator's smoothed accuracy on gold with the count it rests on (and the
 *     Dawid–Skene estimate), see {@link io.collectlite.quality.AnnotatorReliability}
 */
public record Dashboard(TimeSeries activity, List<AnnotatorStats> annotators, Optional<AgreementSummary> agreement,
    List<LabelAgreement> labelAgreement, LabelDistribution labels, ModelDisagreement modelDisagreement,
    ReviewBacklog reviewBacklog, ExportReadiness exportReadiness,
    List<io.collectlite.quality.AnnotatorReliability> goldAccuracy) {
  public Dashboard {
    goldAccuracy = List.copyOf(goldAccuracy);
    Objects.requireNonNull(activity, "activity");
    annotators = List.copyOf(annotators);
    Objects.requireNonNull(agreement, "agreement");
    labelAgreement = List.copyOf(labelAgreement);
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(modelDisagreement, "modelDisagreement");
    Objects.requireNonNull(reviewBacklog, "reviewBacklog");
    Objects.requireNonNull(exportReadiness, "exportReadiness");
  }
}
