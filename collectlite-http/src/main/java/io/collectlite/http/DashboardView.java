package io.collectlite.http;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.Dashboard;
import io.collectlite.metrics.DailyActivity;
import io.collectlite.metrics.LabelAgreement;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A project's quality dashboard.
 *
 * @param activity one entry per UTC day on which something happened, oldest first
 * @param annotators every annotator with an annotation in the project, by name
 * @param agreement Krippendorff's alpha on the first question at its data level, absent until defined
 * @param label_agreement alpha of the binary coding "this label or another" per label, in label order
 * @param labels final labels of resolved or exported tasks, and primary labels of every annotation
 * @param model_disagreement how often the latest model suggestion differs from the final label
 * @param review_backlog tasks waiting for review, and their reasons
 * @param export_readiness the share of tasks with a final label
 * @param gold_accuracy each annotator's smoothed gold accuracy with its count and interval, and the
 *     Dawid–Skene estimate
 */
record DashboardView(@OpenApiRequired List<DayView> activity, @OpenApiRequired List<AnnotatorView> annotators,
    MetricsView.AgreementView agreement, @OpenApiRequired List<LabelAgreementView> label_agreement,
    @OpenApiRequired LabelsView labels, @OpenApiRequired ModelDisagreementView model_disagreement,
    @OpenApiRequired ReviewBacklogView review_backlog, @OpenApiRequired ExportReadinessView export_readiness,
    @OpenApiRequired List<ReliabilityView> gold_accuracy) {

  /**
   * @param day the UTC day, {@code YYYY-MM-DD}
   * @param tasks_completed tasks that got their final label that day
   * @param annotations annotations made that day (imported ones on their original day)
   */
  record DayView(@OpenApiRequired String day, @OpenApiRequired long tasks_created,
      @OpenApiRequired long tasks_completed, @OpenApiRequired long annotations) {}

  /**
   * @param timed_annotations workbench annotations, whose latency the client measured (imports carry none)
   * @param median_latency_ms over the timed annotations, absent without any
   * @param mean_latency_ms over the timed annotations, absent without any
   * @param compared_with_final annotations of tasks that have a final label
   * @param agreeing_with_final of those, annotations whose label is the final label
   * @param agreement_with_final their share, absent when nothing could be compared
   */
  record AnnotatorView(@OpenApiRequired long annotator_id, @OpenApiRequired String name,
      @OpenApiRequired long annotations, @OpenApiRequired long timed_annotations, Double median_latency_ms,
      Double mean_latency_ms, @OpenApiRequired long compared_with_final, @OpenApiRequired long agreeing_with_final,
      Double agreement_with_final) {}

  /**
   * @param pairable_values annotations with this label on tasks with two or more annotations
   * @param alpha absent when undefined (every pairable annotation has this label)
   */
  record LabelAgreementView(@OpenApiRequired String label, @OpenApiRequired long pairable_values, Double alpha) {}

  /**
   * @param final_labels tasks with a final label, by that label
   * @param annotations every annotation, by its primary label
   */
  record LabelsView(@OpenApiRequired Map<String, Long> final_labels, @OpenApiRequired Map<String, Long> annotations) {}

  /**
   * @param compared_tasks tasks with a final label and a model suggestion: what the rate rests on
   * @param disagreeing_tasks of those, tasks whose latest suggestion is another label
   * @param rate their share, absent when nothing could be compared
   */
  record ModelDisagreementView(@OpenApiRequired long compared_tasks, @OpenApiRequired long disagreeing_tasks,
      Double rate) {}

  /**
   * @param tasks tasks in needs_review
   * @param by_reason tasks per reason of their latest consensus; a task with two reasons counts under both
   */
  record ReviewBacklogView(@OpenApiRequired long tasks, @OpenApiRequired Map<String, Long> by_reason) {}

  /**
   * @param resolved tasks with a final label (resolved or exported)
   * @param share resolved over all tasks, 0 to 1 (0 without tasks)
   */
  record ExportReadinessView(@OpenApiRequired long tasks, @OpenApiRequired long resolved,
      @OpenApiRequired double share) {}

  static DashboardView of(Dashboard d) {
    return new DashboardView(d.activity().days().stream().map(DashboardView::day).toList(),
        d.annotators().stream().map(DashboardView::annotator).toList(),
        d.agreement().map(a -> new MetricsView.AgreementView(a.level(), a.alpha(), a.pairableValues())).orElse(null),
        d.labelAgreement().stream().map(DashboardView::labelAgreement).toList(),
        new LabelsView(new TreeMap<>(d.labels().finalLabels()), new TreeMap<>(d.labels().annotations())),
        new ModelDisagreementView(d.modelDisagreement().comparedTasks(), d.modelDisagreement().disagreeingTasks(),
            orNull(d.modelDisagreement().rate())),
        new ReviewBacklogView(d.reviewBacklog().tasks(), new TreeMap<>(d.reviewBacklog().byReason())),
        new ExportReadinessView(d.exportReadiness().tasks(), d.exportReadiness().resolved(),
            d.exportReadiness().share()),
        d.goldAccuracy().stream().map(ReliabilityView::of).toList());
  }

  private static DayView day(DailyActivity a) {
    return new DayView(a.day().toString(), a.tasksCreated(), a.tasksCompleted(), a.annotationsSubmitted());
  }

  private static AnnotatorView annotator(AnnotatorStats a) {
    return new AnnotatorView(a.annotatorId(), a.name(), a.annotations(), a.timedAnnotations(),
        orNull(a.medianLatencyMillis()), orNull(a.meanLatencyMillis()), a.comparedWithFinal(), a.agreeingWithFinal(),
        orNull(a.agreementWithFinal()));
  }

  private static LabelAgreementView labelAgreement(LabelAgreement l) {
    return new LabelAgreementView(l.label(), l.pairableValues(), orNull(l.alpha()));
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
