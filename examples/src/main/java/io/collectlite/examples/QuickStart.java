package io.collectlite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.ingest.UploadReport;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.task.Claim;
import io.collectlite.user.IssuedUser;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CollectLite embedded in a program: an owner uploads rows, two annotators label every task, the owner
 * exports the result. Arguments: a data folder laid out like the server's {@code --data-dir} (default
 * {@code collectlite-data/quickstart}) and the rows to upload (default
 * {@code examples/data/relevance-sample.jsonl}). Run it again on the same folder: it finds the users it
 * created and starts a new project.
 */
public final class QuickStart {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuickStart() {}

  /** Runs the whole flow once on the data folder and rows named by the arguments (see above). */
  public static void main(String[] args) throws IOException {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "collectlite-data/quickstart");
    Path rows = Path.of(args.length > 1 ? args[1] : "examples/data/relevance-sample.jsonl");
    try (CollectLite lite = CollectLite.builder()
        .store(JdbcStores.sqlite(dataDir.resolve("collectlite.db")))
        .exportDirectory(dataDir.resolve("exports"))
        .build()) {
      User owner = findOrCreateUser(lite, "olivia");
      List<User> annotators = List.of(findOrCreateUser(lite, "ann"), findOrCreateUser(lite, "ben"));

      Project project = lite.createProject(owner, NewProject.relevance("RAG eval", "Grade each document."));
      try (InputStream in = Files.newInputStream(rows)) {
        UploadReport upload = lite.upload(owner, project.id(), rows.getFileName().toString(), in);
        System.out.printf("project %d: uploaded %d rows -> %d examples%n", project.id(), upload.rowsRead(),
            upload.examplesCreated());
      }
      System.out.println("tasks generated: " + lite.generateTasks(owner, project.id()));

      for (User annotator : annotators) {
        lite.putMember(owner, project.id(), annotator.id(), Role.ANNOTATOR);   // only members may claim
        int labelled = 0;
        for (Optional<Claim> claim = lite.claimNext(annotator, project.id()); claim.isPresent();
            claim = lite.claimNext(annotator, project.id())) {
          lite.submit(annotator, claim.get().taskId(), AnnotationInput.of(grade(claim.get())));
          labelled++;
        }
        System.out.println(annotator.name() + " labelled " + labelled + " tasks");
      }

      ExportInfo export = lite.export(owner, project.id(), ExportFormat.JSONL);
      System.out.printf("export v%d: %d records in %s%n", export.version(), export.recordCount(),
          dataDir.resolve("exports").resolve(export.location()));
    }
  }

  /** User names are unique: a second run finds the users the first one created. */
  static User findOrCreateUser(CollectLite lite, String name) {
    Optional<User> existing = lite.users().stream().filter(u -> u.name().equals(name)).findFirst();
    if (existing.isPresent()) {
      System.out.println("found user " + name);
      return existing.get();
    }
    IssuedUser created = lite.createUser(name);
    System.out.println("created user " + name + ", token " + created.token() + " (shown once)");
    return created.user();
  }

  /** Stands in for a person at the workbench: the more words of the query a document repeats, the higher. */
  static String grade(Claim claim) throws IOException {
    JsonNode fields = JSON.readTree(claim.fieldsJson());
    Set<String> query = words(fields.get("query").asText());
    long shared = words(fields.get("document").asText()).stream().filter(query::contains).count();
    return shared >= 2 ? "highly_relevant" : shared == 1 ? "partially_relevant" : "irrelevant";
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
        .filter(word -> word.length() > 3)
        .collect(Collectors.toSet());
  }
}
