package io.collectlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review backlog counts reasons as the strings stored in {@code consensus_results.reasons}, whatever they
 * are: core knows only {@code disagreement} today, so the rows with other reasons are written here directly,
 * as a later consensus version of a waiting task.
 */
class ReviewReasonsTest {
  @TempDir Path dir;

  @Test
  void sqliteCountsEveryReasonOfEachWaitingTasksLatestConsensus() throws Exception {
    Path file = dir.resolve("reasons.db");
    try (Store store = JdbcStores.sqlite(file)) {
      assertReasonsCounted(store, () -> DriverManager.getConnection("jdbc:sqlite:" + file));
    }
  }

  @Test
  void postgresCountsEveryReasonOfEachWaitingTasksLatestConsensus() throws Exception {
    try (Store store = TestPostgres.scratchStore()) {
      assertReasonsCounted(store, () -> TestPostgres.connect(store));
    }
  }

  @FunctionalInterface
  private interface Connector {
    Connection connect() throws Exception;
  }

  /** Three contested tasks; the second and third get a newer consensus version with other reasons. */
  private static void assertReasonsCounted(Store store, Connector raw) throws Exception {
    CollectLite app = CollectLite.builder().store(store).build();
    User owner = app.createUser("owner").user();
    User ann = app.createUser("ann").user();
    User ben = app.createUser("ben").user();
    Project project = app.createProject(owner, NewProject.relevance("reasons", "").withOverlap(2));
    app.putMember(owner, project.id(), ann.id(), Role.ANNOTATOR);
    app.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
    String rows = "{\"id\":\"a\",\"query\":\"q1\",\"document\":\"d1\"}\n{\"id\":\"b\",\"query\":\"q2\",\"document\":\"d2\"}\n"
        + "{\"id\":\"c\",\"query\":\"q3\",\"document\":\"d3\"}\n";
    app.upload(owner, project.id(), "rows.jsonl", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
    app.generateTasks(owner, project.id());
    long[] tasks = new long[3];
    for (int i = 0; i < 3; i++) {
      tasks[i] = app.claimNext(ann, project.id()).orElseThrow().taskId();
      app.claimNext(ben, project.id());
      app.submit(ann, tasks[i], AnnotationInput.of("irrelevant"));
      app.submit(ben, tasks[i], AnnotationInput.of("highly_relevant"));
    }
    try (Connection c = raw.connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO consensus_results "
        + "(task_id, version, label, score, annotations, method, reasons, created_at) "
        + "VALUES (?, 2, 'irrelevant', 0.5, 2, 'majority', ?, 0)")) {
      for (Object[] row : new Object[][] {{tasks[1], "disagreement,gold_failed"}, {tasks[2], "model_disagrees"}}) {
        insert.setLong(1, (Long) row[0]);
        insert.setString(2, (String) row[1]);
        insert.executeUpdate();
      }
    }
    assertThat(store.metrics().reviewReasons(project.id()))
        .isEqualTo(Map.of("disagreement", 2L, "gold_failed", 1L, "model_disagrees", 1L));
    assertThat(app.dashboard(owner, project.id()).reviewBacklog().tasks()).isEqualTo(3);
  }
}
