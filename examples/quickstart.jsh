// CollectLite quick start for JShell: an in-process SQLite store, one upload, two simulated
// annotators, a reviewer, and a versioned export. Run it with the command in README.md.
System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.export.ExportFormat;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.project.NewProject;
import io.collectlite.user.Role;
import java.nio.file.*;

var dir = Files.createTempDirectory("collectlite-quickstart");
var lite = CollectLite.builder().
    store(JdbcStores.sqlite(dir.resolve("quickstart.db"))).
    exportDirectory(dir.resolve("exports")).
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

var export = lite.export(owner, project.id(), ExportFormat.JSONL);
System.out.println("export v" + export.version() + ": " + export.recordCount() + " records, sha256 " + export.sha256());
try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(lite.openExport(owner, export.id())))) {
  lines.lines().limit(2).forEach(System.out::println);
}
System.out.println("metrics: " + lite.metrics(owner, project.id()));
lite.close();
/exit
