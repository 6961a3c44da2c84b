package io.collectlite.store;

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.ingest.UploadReport;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A project with an owner, a reviewer and annotators, built through the facade for the contract suite. */
final class StoreFixture {
  static final long SEED = 42;
  static final Duration LEASE = Duration.ofMinutes(30);

  final CollectLite app;
  final User owner;
  final User reviewer;
  final List<User> annotators = new ArrayList<>();
  final Project project;

  StoreFixture(CollectLite app, int annotatorCount, int overlap) {
    this.app = app;
    this.owner = app.createUser("owner").user();
    this.reviewer = app.createUser("reviewer").user();
    this.project = app.createProject(owner,
        NewProject.relevance("Search relevance", "Grade each document.").withOverlap(overlap).withSeed(SEED));
    app.putMember(owner, project.id(), reviewer.id(), Role.REVIEWER);
    for (int i = 1; i <= annotatorCount; i++) {
      User annotator = app.createUser("annotator-" + i).user();
      app.putMember(owner, project.id(), annotator.id(), Role.ANNOTATOR);
      annotators.add(annotator);
    }
  }

  User annotator(int i) {
    return annotators.get(i);
  }

  /** JSONL rows {@code ex-<from>} to {@code ex-<to - 1>}, each a distinct query and document. */
  static String rows(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> "{\"id\":\"ex-" + i + "\",\"query\":\"query " + i + "\",\"document\":\"document " + i + "\"}")
        .collect(Collectors.joining("\n", "", "\n"));
  }

  UploadReport upload(String fileName, String content) {
    return app.upload(owner, project.id(), fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** Uploads {@code n} rows and generates their tasks. */
  void tasks(int n) {
    upload("rows.jsonl", rows(0, n));
    app.generateTasks(owner, project.id());
  }

  Claim claim(int annotator) {
    return app.claimNext(annotator(annotator), project.id()).orElseThrow();
  }

  void label(int annotator, long taskId, String label) {
    app.submit(annotator(annotator), taskId, AnnotationInput.of(label));
  }
}
