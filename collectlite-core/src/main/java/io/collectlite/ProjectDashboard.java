package io.collectlite;

import io.collectlite.metrics.AgreementSummary;
import io.collectlite.metrics.Dashboard;
import io.collectlite.metrics.ExportReadiness;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelAgreement;
import io.collectlite.metrics.LabelDistribution;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.ReviewBacklog;
import io.collectlite.quality.agreement.Coincidences;
import io.collectlite.store.MetricsStore;
import io.collectlite.store.Store;
import io.collectlite.task.TaskState;
import io.collectlite.template.Question;
import java.util.List;
import java.util.Map;

/** Assembles a project's dashboard from the store's aggregates; the agreement figures are computed here. */
final class ProjectDashboard {
  private ProjectDashboard() {}

  static Dashboard read(Store store, long projectId,
      List<io.collectlite.quality.AnnotatorReliability> goldAccuracy) {
    MetricsStore metrics = store.metrics();
    Map<TaskState, Long> byState = store.tasks().countByState(projectId);
    Question primary = store.projects().currentTemplate(projectId).schema().primary();
    List<LabelProfile> profiles = metrics.labelProfiles(projectId);
    Coincidences labels = LabelProfile.coincidences(profiles);
    List<FinalLabelTally> finals = metrics.finalLabels(projectId);
    return new Dashboard(metrics.activity(projectId), metrics.annotators(projectId),
        AgreementSummary.of(primary, labels), LabelAgreement.of(labels),
        new LabelDistribution(FinalLabelTally.counts(finals), LabelProfile.annotationCounts(profiles)),
        FinalLabelTally.modelDisagreement(finals),
        new ReviewBacklog(byState.getOrDefault(TaskState.NEEDS_REVIEW, 0L), metrics.reviewReasons(projectId)),
        readiness(byState), goldAccuracy);
  }

  /** Tasks in any state, and those with a final label. */
  static ExportReadiness readiness(Map<TaskState, Long> byState) {
    long total = byState.values().stream().mapToLong(Long::longValue).sum();
    return new ExportReadiness(total,
        byState.getOrDefault(TaskState.RESOLVED, 0L) + byState.getOrDefault(TaskState.EXPORTED, 0L));
  }
}
