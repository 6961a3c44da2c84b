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
    this(app, annotatorCount, NewProject.relevance("Search relevance", "Grade each document.").withOverlap(overlap)
        .withSeed(SEED));
  }

  /** A fixture on this project (give it seed {@link #SEED} for the split helpers of the tests). */
  StoreFixture(CollectLite app, int annotatorCount, NewProject newProject) {
    this.app = app;
    this.owner = app.createUser("owner").user();
    this.reviewer = app.createUser("reviewer").user();
    this.project = app.createProject(owner, newProject);
    app.putMember(owner, project.id(), reviewer.id(), Role.REVIEWER);
    for (int i = 1; i <= annotatorCount; i++) {
      User annotator = app.createUser("annotator-" + i).user();
      app.putMember(owner, project.id(), annotator.id(), Role.ANNOTATOR);
      annotators.add(annotator);
    }
  }

  /**
   * Uploads {@code n} tasks (n ≥ 3) and has the first two annotators label the first three: ex-0
   * and ex-2 agreed (resolved), ex-1 contested (in review); the rest stay untouched.
   */
  void labelFirstThree(int n) {
    tasks(n);
    for (int i = 0; i < 3; i++) {
      long task = claim(0).taskId();
      claim(1);
      label(0, task, "highly_relevant");
      label(1, task, i == 1 ? "irrelevant" : "highly_relevant");
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
