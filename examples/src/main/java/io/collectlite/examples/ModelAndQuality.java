package io.collectlite.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.ingest.UploadMode;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.job.Job;
import io.collectlite.onnx.LocalEmbedder;
import io.collectlite.onnx.OnnxSuggester;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewItem;
import io.collectlite.suggestion.SuggestionReport;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The model and the quality engine beside a team: the local model suggests a grade for every task, two
 * annotators label, gold answers score them, consensus is decided again under Dawid–Skene and a reviewer
 * settles what the model disputes. docs/suggestions.md and docs/quality.md show its parts. Arguments: a data
 * folder (default {@code collectlite-data/model-and-quality}), the rows and the gold answers (default
 * {@code examples/data/relevance-sample.jsonl} and {@code examples/data/relevance-gold.jsonl}).
 */
public final class ModelAndQuality {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelAndQuality() {}

  /** Runs the whole flow once; a second run on the same folder finds the users and starts a new project. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "collectlite-data/model-and-quality");
    Path rows = Path.of(args.length > 1 ? args[1] : "examples/data/relevance-sample.jsonl");
    Path goldFile = Path.of(args.length > 2 ? args[2] : "examples/data/relevance-gold.jsonl");
    try (LocalEmbedder model = LocalEmbedder.load(); CollectLite lite = open(dataDir, model)) {
      User owner = QuickStart.findOrCreateUser(lite, "olivia");
      User ann = QuickStart.findOrCreateUser(lite, "ann");
      User ben = QuickStart.findOrCreateUser(lite, "ben");
      User rita = QuickStart.findOrCreateUser(lite, "rita");
      Project project = lite.createProject(owner, NewProject.relevance("RAG eval", "Grade each document."));
      try (InputStream in = Files.newInputStream(rows)) {
        lite.upload(owner, project.id(), rows.getFileName().toString(), in);
      }
      lite.generateTasks(owner, project.id());
      lite.putMember(owner, project.id(), ann.id(), Role.ANNOTATOR);
      lite.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
      lite.putMember(owner, project.id(), rita.id(), Role.REVIEWER);

      // tag::suggest[]
      Job job = lite.suggest(owner, project.id(), "local");   // REST: POST /api/projects/{id}/tasks/suggest
      while (!job.status().ended()) {                          // it runs in the background
        Thread.sleep(100);
        job = lite.job(owner, job.id());
      }
      lite.updateSuggestionSettings(owner, project.id(), JSON.readTree(
          "{\"visibility\": \"ablation\", \"ablation_share\": 0.3, \"active_learning\": \"margin\"}"));
      // end::suggest[]
      System.out.printf("model: %s, %d suggested%n", job.status().wire(), job.suggested());
      System.out.printf("ann labelled %d tasks, ben labelled %d%n", label(lite, ann, project.id(), false),
          label(lite, ben, project.id(), true));

      // tag::quality[]
      lite.updateQualitySettings(owner, project.id(), JSON.readTree(
          "{\"aggregation\": \"dawid_skene\", \"min_agreement\": 0.7, \"review_low_confidence\": true,"
              + " \"model_disagreement\": 0.8, \"gold_rate\": 0.1, \"failed_gold_review\": 20}"));
      try (InputStream in = Files.newInputStream(goldFile)) {   // {"example_id": "rag-002", "label": "irrelevant"}
        lite.uploadGold(owner, project.id(), goldFile.getFileName().toString(), in, UploadMode.STRICT);
      }
      RecomputeResult run = lite.recomputeConsensus(owner, project.id());          // a new consensus per task
      List<AnnotatorReliability> trust = lite.reliability(owner, project.id());   // gold accuracy, Dawid–Skene
      List<ReviewItem> disputed = lite.reviewQueue(rita, project.id(), Optional.of(ReviewReason.MODEL_DISAGREEMENT));
      for (ReviewItem item : disputed) {
        lite.resolve(rita, item.task().id(), TextNode.valueOf(item.consensus().label()), "checked the source",
            /* gold */ true);
      }
      // end::quality[]
      System.out.printf("recompute (%s): %d tasks, %d changed%n", run.run().method().wire(), run.run().tasks(),
          run.run().changed());
      for (AnnotatorReliability a : trust) {
        System.out.printf("%s: %d of %d gold answers right, reliability %.2f (%s)%n", a.annotatorName(),
            a.gold().correct(), a.gold().total(), a.estimate(), a.basis());
      }
      System.out.println("rita settled " + disputed.size() + " tasks the model disputed; "
          + lite.reviewQueue(rita, project.id()).size() + " left in review");

      SuggestionReport report = lite.suggestionReport(owner, project.id());   // accuracy, Spearman, nDCG@10
      for (SuggestionReport.ModelReport m : report.models()) {
        System.out.printf("%s against final labels: accuracy %.2f of %d%n", m.key().model(),
            m.accuracy().share().orElse(Double.NaN), m.accuracy().trials());
      }
    }
  }

  // tag::build[]
  /** A CollectLite whose local model suggests labels (as "local") and spots near-duplicates. */
  static CollectLite open(Path dataDir, LocalEmbedder model) {
    return CollectLite.builder()
        .store(JdbcStores.sqlite(dataDir.resolve("collectlite.db")))
        .exportDirectory(dataDir.resolve("exports"))
        .suggester("local", OnnxSuggester.create(model))
        .nearDuplicates(model, 0.95)                    // near-copies share a split in exports
        .build();
  }
  // end::build[]

  /** Labels every task left for the annotator as QuickStart does; a strict one calls partial matches irrelevant. */
  private static int label(CollectLite lite, User annotator, long projectId, boolean strict) throws IOException {
    int labelled = 0;
    for (Optional<Claim> claim = lite.claimNext(annotator, projectId); claim.isPresent();
        claim = lite.claimNext(annotator, projectId)) {
      String grade = QuickStart.grade(claim.get());
      boolean demote = strict && grade.equals("partially_relevant");
      lite.submit(annotator, claim.get().taskId(), AnnotationInput.of(demote ? "irrelevant" : grade));
      labelled++;
    }
    return labelled;
  }
}
