package io.collectlite;

import io.collectlite.metrics.AgreementSummary;
import io.collectlite.metrics.Dashboard;
import io.collectlite.metrics.ExportReadiness;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelAgreement;
import io.collectlite.metrics.LabelDistribution;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.ProjectCounts;
import io.collectlite.metrics.ReviewBacklog;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.agreement.Coincidences;
import io.collectlite.store.Store;
import io.collectlite.task.TaskState;
import io.collectlite.template.LabelSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Assembles a project's dashboard from the store's aggregates; the agreement figures are computed here.
 *
 * <p>The aggregates are kept with the store's {@link io.collectlite.store.MetricsStore#revision revision} they
 * were read under: while the revision stands, a dashboard costs two small reads on the caller's thread (the
 * revision and the task states, which a lapsing lease changes without a revision). After a change the counts
 * and the review reasons are read on a small pool of its own while the caller's thread reads the rest, each
 * on its own connection. Thread-safe; two readers of a changed project may both read it again, and the later
 * one is kept.
 */
final class ProjectDashboard implements AutoCloseable {
  private static final int READERS = 2;
  private final Store store;
  private final ProjectQuality quality;
  private final ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
    Thread t = new Thread(r, "collectlite-dashboard");
    t.setDaemon(true);
    return t;
  });
  private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

  ProjectDashboard(Store store, ProjectQuality quality) {
    this.store = store;
    this.quality = quality;
  }

  /** The aggregates read under one revision. */
  private record Snapshot(String revision, ProjectCounts counts, Map<String, Long> reasons,
      List<AnnotatorReliability> goldAccuracy, LabelSchema schema) {}

  Dashboard read(long projectId) {
    String revision = store.metrics().revision(projectId);
    Snapshot snapshot = snapshots.get(projectId);
    Map<TaskState, Long> byState;
    if (snapshot == null || !snapshot.revision().equals(revision)) {
      var counts = async(() -> store.metrics().counts(projectId));
      var reasons = async(() -> store.metrics().reviewReasons(projectId));
      byState = store.tasks().countByState(projectId);
      snapshot = readRest(projectId, revision, counts, reasons);
      snapshots.put(projectId, snapshot);
    } else {
      byState = store.tasks().countByState(projectId);
    }
    ProjectCounts counts = snapshot.counts();
    Coincidences labels = LabelProfile.coincidences(counts.labelProfiles());
    return new Dashboard(counts.activity(), counts.annotators(),
        AgreementSummary.of(snapshot.schema().primary(), labels), LabelAgreement.of(labels),
        new LabelDistribution(FinalLabelTally.counts(counts.finalLabels()),
            LabelProfile.annotationCounts(counts.labelProfiles())),
        FinalLabelTally.modelDisagreement(counts.finalLabels()),
        new ReviewBacklog(byState.getOrDefault(TaskState.NEEDS_REVIEW, 0L), snapshot.reasons()),
        readiness(byState), snapshot.goldAccuracy());
  }

  /** The template and gold accuracy on this thread while the readers read the counts and review reasons. */
  private Snapshot readRest(long projectId, String revision, CompletableFuture<ProjectCounts> counts,
      CompletableFuture<Map<String, Long>> reasons) {
    LabelSchema schema = store.projects().currentTemplate(projectId).schema();
    List<AnnotatorReliability> gold = quality.reliability(projectId, schema);
    return new Snapshot(revision, join(counts), join(reasons), gold, schema);
  }

  private <T> CompletableFuture<T> async(Supplier<T> read) {
    return CompletableFuture.supplyAsync(read, readers);
  }

  private static <T> T join(CompletableFuture<T> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
  }

  /** Tasks in any state, and those with a final label. */
  static ExportReadiness readiness(Map<TaskState, Long> byState) {
    long total = byState.values().stream().mapToLong(Long::longValue).sum();
    return new ExportReadiness(total,
        byState.getOrDefault(TaskState.RESOLVED, 0L) + byState.getOrDefault(TaskState.EXPORTED, 0L));
  }

  @Override
  public void close() {
    readers.shutdownNow();
  }
}
