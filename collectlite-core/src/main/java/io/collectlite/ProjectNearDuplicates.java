package io.collectlite;

import io.collectlite.ingest.NearDuplicates;
import io.collectlite.ingest.UnsettledExample;
import io.collectlite.job.Job;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.suggestion.TextEmbedder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Near-duplicate checks: a job that embeds each example whose split key is unsettled (its template's required
 * fields, joined) and gives it the split key of its most similar earlier example at or above the threshold (see
 * {@link NearDuplicates}). Examples already exported keep their own id. Callers check access.
 */
final class ProjectNearDuplicates {
  static final String KIND = "near_duplicates";
  private static final Logger LOG = LoggerFactory.getLogger(ProjectNearDuplicates.class);
  private static final int BATCH = 64;
  private final Store store;
  private final Clock clock;
  private final TextEmbedder embedder;
  private final double threshold;

  ProjectNearDuplicates(Store store, Clock clock, TextEmbedder embedder, double threshold) {
    this.store = store;
    this.clock = clock;
    this.embedder = embedder;
    this.threshold = threshold;
  }

  String detail() {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("model", embedder.model())
        .put("threshold", threshold).toString();
  }

  /** Runs a queued job like {@link ProjectSuggestions#run}: to its end, given up on, or interrupted. */
  void run(Job job, Project project) {
    JobRun.guard(store, clock, job, "near-duplicate check", () -> {
      List<UnsettledExample> unsettled = store.examples().unsettled(project.id());
      List<String> fields = store.projects().currentTemplate(project.id()).schema().requiredFields();
      List<NearDuplicates.Example> settled = new ArrayList<>(store.examples().settled(project.id(), embedder.model()));
      int exported = (int) unsettled.stream().filter(UnsettledExample::exported).count();
      if (!store.jobs().start(job.id(), unsettled.size() - exported, exported, clock.instant())) return;
      for (int from = 0; from < unsettled.size(); from += BATCH) {
        JobRun.requireNotInterrupted();
        List<UnsettledExample> batch = unsettled.subList(from, Math.min(unsettled.size(), from + BATCH));
        List<float[]> vectors = embedder.embed(batch.stream().map(e -> text(e, fields)).toList());
        List<NearDuplicates.Example> fresh = new ArrayList<>();
        List<NearDuplicates.Example> fixed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
          UnsettledExample e = batch.get(i);
          var example = new NearDuplicates.Example(e.rowId(), e.exampleId(), e.exampleId(), vectors.get(i));
          (e.exported() ? fixed : fresh).add(example);
        }
        settled.addAll(fixed);
        Map<Long, String> keys = NearDuplicates.assign(settled, fresh, threshold);
        List<NearDuplicates.Example> done = new ArrayList<>(fixed);
        for (NearDuplicates.Example e : fresh) {
          done.add(new NearDuplicates.Example(e.rowId(), e.exampleId(), keys.get(e.rowId()), e.vector()));
        }
        // an export made meanwhile fixes its examples by their own id: later matches follow the keys as stored
        Map<Long, String> stored = store.examples().settle(project.id(), embedder.model(), done);
        int grouped = 0;
        for (NearDuplicates.Example e : fresh) {
          String key = stored.get(e.rowId());
          if (!key.equals(e.exampleId())) grouped++;
          settled.add(new NearDuplicates.Example(e.rowId(), e.exampleId(), key, e.vector()));
        }
        if (!store.jobs().progress(job.id(), fresh.size(), 0, grouped, clock.instant())) return;
      }
      store.jobs().finish(job.id(), clock.instant());
      LOG.atInfo().addKeyValue("job", job.id()).addKeyValue("project", project.id())
          .addKeyValue("examples", unsettled.size()).log("near-duplicate check done");
    });
  }

  /** The example's required fields (its whole fields when it names none), one per line. */
  private static String text(UnsettledExample e, List<String> fields) {
    Map<String, String> values = SuggestionRequest.textFields(e.fieldsJson());
    List<String> parts = new ArrayList<>();
    for (String f : fields.isEmpty() ? List.copyOf(values.keySet()) : fields) parts.add(values.getOrDefault(f, ""));
    return String.join("\n", parts);
  }
}
