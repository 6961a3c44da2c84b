// CollectLite quick start for JShell: an in-process SQLite store, one upload, the local model's
// suggestions, two simulated annotators, a reviewer, the model's report and a versioned export.
// Run it with the command in README.md.
System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
// DJL's tokenizer looks for CUDA at start and warns when there is none; the local model never uses a GPU
System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.export.ExportFormat;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.onnx.LocalEmbedder;
import io.collectlite.onnx.OnnxSuggester;
import io.collectlite.project.NewProject;
import io.collectlite.user.Role;
import java.nio.file.*;

var dir = Files.createTempDirectory("collectlite-quickstart");
var embedder = LocalEmbedder.load();   // all-MiniLM-L6-v2 from the classpath, no download
var lite = CollectLite.builder().
    store(JdbcStores.sqlite(dir.resolve("quickstart.db"))).
    exportDirectory(dir.resolve("exports")).
    suggester("local", OnnxSuggester.create(embedder)).
    backgroundExecutor(Runnable::run).   // jobs run in this thread: the script reads their result at once
    build();

var owner = lite.createUser("olivia").user();
var ann = lite.createUser("ann").user();
var ben = lite.createUser("ben").user();
var rita = lite.createUser("rita").user();

var project = lite.createProject(owner, NewProject.relevance("RAG relevance", "Grade how well the document answers the query.").withSeed(42));
lite.putMember(owner, project.id(), ann.id(), Role.ANNOTATOR);
lite.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
lite.putMember(owner, project.id(), rita.id(), Role.REVIEWER);

var report = lite.upload(owner, project.id(), "relevance-sample.jsonl", Files.newInputStream(Path.of("examples/data/relevance-sample.jsonl")));
System.out.println("uploaded: " + report.rowsRead() + " rows -> " + report.examplesCreated() + " examples, " + report.duplicates().size() + " duplicates");
System.out.println("tasks generated: " + lite.generateTasks(owner, project.id()));
var job = lite.suggest(owner, project.id(), "local");
System.out.println("model suggestions: " + job.status().wire() + ", " + job.suggested() + " suggested by " + embedder.model());

// A simulated annotator: a document that shares two or more words with the query is relevant.
// ben is stricter than ann, so some tasks end in disagreement and go to review.
String grade(String fieldsJson, int strictness) throws Exception {
  var fields = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fieldsJson);
  var words = java.util.Set.of(fields.get("query").asText().toLowerCase().split("\\W+"));
  long shared = java.util.Arrays.stream(fields.get("document").asText().toLowerCase().split("\\W+"))
      .filter(w -> w.length() > 3 && words.contains(w)).distinct().count();
  return shared >= 2 + strictness ? "highly_relevant" : shared >= 1 + strictness ? "partially_relevant" : "irrelevant";
}

int annotate(io.collectlite.user.User who, int strictness) throws Exception {
  int done = 0;
  for (var claim = lite.claimNext(who, project.id()); claim.isPresent(); claim = lite.claimNext(who, project.id())) {
    lite.submit(who, claim.get().taskId(), AnnotationInput.of(grade(claim.get().fieldsJson(), strictness)));
    done++;
  }
  return done;
}

System.out.println("ann labelled " + annotate(ann, 0) + " tasks, ben labelled " + annotate(ben, 1));

var queue = lite.reviewQueue(rita, project.id());
System.out.println("review queue: " + queue.size() + " contested tasks");
for (var item : queue) lite.resolve(rita, item.task().id(), item.consensus().label(), "took the median grade");

var model = lite.suggestionReport(owner, project.id()).models().get(0);
System.out.printf("model vs final labels: accuracy %.2f of %d, Spearman %.2f, nDCG@10 %.2f%n", model.accuracy().share().orElse(0.0),
    model.accuracy().trials(), model.spearman().orElse(Double.NaN), model.ndcg().orElse(Double.NaN));

var export = lite.export(owner, project.id(), ExportFormat.JSONL);
System.out.println("export v" + export.version() + ": " + export.recordCount() + " records, sha256 " + export.sha256());
try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(lite.openExport(owner, export.id())))) {
  var first = lines.readLine();
  System.out.println(first);
  // each record carries the example's latest model suggestion beside the final label
  var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first);
  var suggestion = record.get("model_suggestion");
  System.out.printf("%s: final label %s; model suggestion %s/%s said %s (confidence %.2f, %d ms, %s)%n",
      record.get("example_id").asText(), record.get("final_label").asText(), suggestion.get("provider").asText(),
      suggestion.get("model").asText(), suggestion.get("label").asText(), suggestion.get("confidence").asDouble(),
      suggestion.get("latency_ms").asLong(), suggestion.get("created_at").asText());
}
System.out.println("metrics: " + lite.metrics(owner, project.id()));
lite.close();
embedder.close();
/exit
