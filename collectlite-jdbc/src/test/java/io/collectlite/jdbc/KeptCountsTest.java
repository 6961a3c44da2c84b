package io.collectlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's counts kept by the V9 triggers, checked against a recount of the rows after writes the
 * facade does not make (several annotations of one task in one statement, a task's days rewritten, a
 * completion taken back), after many concurrent submits, and, on PostgreSQL, after its signed rows are folded.
 */
class KeptCountsTest {
  private static final String LABELS = "CASE id % 3 WHEN 0 THEN 'irrelevant' WHEN 1 THEN 'partially_relevant' "
      + "ELSE 'highly_relevant' END";
  @TempDir Path dir;

  @Test
  void sqliteCountsFollowWritesMadeBySql() throws Exception {
    Path file = dir.resolve("counts.db");
    try (Store store = JdbcStores.sqlite(file); Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertCountsFollowWritesMadeBySql(store, raw);
    }
  }

  @Test
  void postgresCountsFollowWritesMadeBySqlAndFoldIntoOneRowPerCount() throws Exception {
    try (Store store = TestPostgres.scratchStore(); Connection raw = TestPostgres.connect(store)) {
      long project = assertCountsFollowWritesMadeBySql(store, raw);
      for (int i = 0; i < 300; i++) {
        raw.createStatement().executeUpdate("UPDATE tasks SET model_label = CASE WHEN model_label = 'irrelevant' "
            + "THEN 'highly_relevant' ELSE 'irrelevant' END WHERE project_id = " + project);
      }
      assertThat(rows(raw, project)).isGreaterThan(1_000);
      String before = Recount.of(raw, project);
      // summed as they are; the read finds them piled up and has them folded in the background
      assertThat(Recount.describe(store.metrics().counts(project))).isEqualTo(before);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (rows(raw, project) > keys(raw, project) && System.nanoTime() < deadline) Thread.sleep(50);
      assertThat(rows(raw, project)).as("folded: one row per count").isEqualTo(keys(raw, project));
      assertThat(Recount.describe(store.metrics().counts(project))).isEqualTo(before);
    }
  }

  @Test
  void sqliteCountsStayExactUnderConcurrentSubmits() throws Exception {
    Path file = dir.resolve("busy.db");
    try (Store store = JdbcStores.sqlite(file); Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertCountsExactUnderConcurrentSubmits(store, raw);
    }
  }

  @Test
  void postgresCountsStayExactUnderConcurrentSubmits() throws Exception {
    try (Store store = TestPostgres.scratchStore(); Connection raw = TestPostgres.connect(store)) {
      assertCountsExactUnderConcurrentSubmits(store, raw);
    }
  }

  @Test
  void sqliteCountsFollowAnImportOntoGoldTasks() throws Exception {
    Path file = dir.resolve("gold.db");
    try (Store store = JdbcStores.sqlite(file); Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertCountsFollowAnImportOntoGoldTasks(store, raw);
    }
  }

  @Test
  void postgresCountsFollowAnImportOntoGoldTasks() throws Exception {
    try (Store store = TestPostgres.scratchStore(); Connection raw = TestPostgres.connect(store)) {
      assertCountsFollowAnImportOntoGoldTasks(store, raw);
    }
  }

  /** Two gold tasks of four answered by an imported crowd beyond their overlap, and a normal task filled. */
  private static void assertCountsFollowAnImportOntoGoldTasks(Store store, Connection raw) throws SQLException {
    CollectLite app = CollectLite.builder().store(store).build();
    User owner = app.createUser("owner").user();
    Project project = project(app, owner, List.of(), 4, 1);
    String gold = "{\"example_id\":\"e0\",\"label\":\"irrelevant\"}\n{\"example_id\":\"e1\",\"label\":\"irrelevant\"}\n";
    app.uploadGold(owner, project.id(), "gold.jsonl", new ByteArrayInputStream(gold.getBytes(StandardCharsets.UTF_8)),
        io.collectlite.ingest.UploadMode.STRICT);
    String crowd = IntStream.range(0, 3).mapToObj(i -> List.of(
            "{\"example_id\":\"e0\",\"annotator\":\"c" + i + "\",\"label\":\"irrelevant\"}",
            "{\"example_id\":\"e1\",\"annotator\":\"c" + i + "\",\"label\":\"highly_relevant\"}"))
        .flatMap(List::stream).collect(Collectors.joining("\n"))
        + "\n{\"example_id\":\"e2\",\"annotator\":\"c0\",\"label\":\"partially_relevant\"}\n";
    var report = app.importLabels(owner, project.id(), "crowd.jsonl",
        new ByteArrayInputStream(crowd.getBytes(StandardCharsets.UTF_8)), io.collectlite.ingest.UploadMode.STRICT);
    assertThat(report.annotationsOnGold()).isEqualTo(6);
    String recount = Recount.of(raw, project.id());
    assertThat(recount).contains("agree");
    assertThat(Recount.describe(store.metrics().counts(project.id()))).isEqualTo(recount);
  }

  /** Four tasks by SQL: two annotations of one task in one statement, then days moved and a completion undone. */
  private static long assertCountsFollowWritesMadeBySql(Store store, Connection raw) throws SQLException {
    CollectLite app = CollectLite.builder().store(store).build();
    User owner = app.createUser("owner").user();
    List<User> annotators = IntStream.range(0, 3).mapToObj(i -> app.createUser("a" + i).user()).toList();
    Project project = project(app, owner, annotators, 4, 2);
    long p = project.id();
    try (Statement s = raw.createStatement()) {
      for (User a : annotators.subList(0, 2)) {
        s.executeUpdate("INSERT INTO assignments (task_id, project_id, annotator_id, status, claimed_at, "
            + "lease_expires_at, finished_at) SELECT id, project_id, " + a.id() + ", 'submitted', created_at, created_at, "
            + "created_at FROM tasks WHERE project_id = " + p);
      }
      // every task's two annotations in one statement: the labels each task held before are those not in it
      s.executeUpdate("INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, label, answers, "
          + "confidence, notes, latency_ms, template_version, created_at) SELECT a.task_id, a.id, a.project_id, "
          + "a.annotator_id, " + LABELS.replace("id %", "(a.id + a.annotator_id) %") + ", '{}', 'medium', '', "
          + "100 * a.id, 1, a.claimed_at FROM assignments a WHERE a.project_id = " + p);
      assertThat(Recount.describe(store.metrics().counts(p))).isEqualTo(Recount.of(raw, p));
      s.executeUpdate("UPDATE tasks SET state = 'resolved', consensus_label = " + LABELS + ", resolved_at = "
          + "created_at + 86400000000 * (id % 2), model_label = CASE WHEN id % 2 = 0 THEN 'irrelevant' END "
          + "WHERE project_id = " + p);
      assertThat(Recount.describe(store.metrics().counts(p))).isEqualTo(Recount.of(raw, p));
      s.executeUpdate("UPDATE tasks SET created_at = created_at - 3 * 86400000000 WHERE project_id = " + p
          + " AND id % 2 = 0");
      s.executeUpdate("UPDATE tasks SET state = 'needs_review', resolved_at = NULL WHERE project_id = " + p
          + " AND id % 4 = 1");
      // a reviewer overrules resolved tasks: their final labels change, and so does every annotation's agreement
      s.executeUpdate("UPDATE tasks SET review_label = CASE WHEN consensus_label = 'irrelevant' THEN "
          + "'highly_relevant' ELSE 'irrelevant' END WHERE project_id = " + p + " AND id % 2 = 0");
    }
    String recount = Recount.of(raw, p);
    assertThat(recount).contains("agree").contains("profile").contains("final");
    assertThat(Recount.describe(store.metrics().counts(p))).isEqualTo(recount);
    return p;
  }

  /** Eight annotators labelling 30 tasks (overlap 3) at once through the facade. */
  private static void assertCountsExactUnderConcurrentSubmits(Store store, Connection raw) throws Exception {
    CollectLite app = CollectLite.builder().store(store).build();
    User owner = app.createUser("owner").user();
    List<User> annotators = IntStream.range(0, 8).mapToObj(i -> app.createUser("a" + i).user()).toList();
    Project project = project(app, owner, annotators, 30, 3);
    ExecutorService pool = Executors.newFixedThreadPool(annotators.size());
    try {
      List<Future<Integer>> work = new ArrayList<>();
      for (int i = 0; i < annotators.size(); i++) {
        User a = annotators.get(i);
        int n = i;
        work.add(pool.submit(() -> {
          int done = 0;
          for (Optional<Claim> c = app.claimNext(a, project.id()); c.isPresent(); c = app.claimNext(a, project.id())) {
            String label = List.of("irrelevant", "partially_relevant", "highly_relevant").get((n + done) % 3);
            app.submit(a, c.get().taskId(), AnnotationInput.of(label));
            done++;
          }
          return done;
        }));
      }
      int total = 0;
      for (Future<Integer> f : work) total += f.get();
      // an annotator stops when every open slot is held by others; the slots left are labelled one by one
      for (User a : annotators) {
        for (Optional<Claim> c = app.claimNext(a, project.id()); c.isPresent(); c = app.claimNext(a, project.id())) {
          app.submit(a, c.get().taskId(), AnnotationInput.of("irrelevant"));
          total++;
        }
      }
      assertThat(total).isEqualTo(90);
    } finally {
      pool.shutdownNow();
    }
    assertThat(Recount.describe(store.metrics().counts(project.id()))).isEqualTo(Recount.of(raw, project.id()));
  }

  private static Project project(CollectLite app, User owner, List<User> annotators, int rows, int overlap) {
    Project project = app.createProject(owner, NewProject.relevance("counts", "").withOverlap(overlap));
    annotators.forEach(a -> app.putMember(owner, project.id(), a.id(), Role.ANNOTATOR));
    String file = IntStream.range(0, rows)
        .mapToObj(i -> "{\"id\":\"e" + i + "\",\"query\":\"q" + i + "\",\"document\":\"d" + i + "\"}")
        .collect(Collectors.joining("\n"));
    app.upload(owner, project.id(), "rows.jsonl", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    app.generateTasks(owner, project.id());
    return project;
  }

  private static long rows(Connection raw, long project) throws SQLException {
    return one(raw, "SELECT count(*) FROM dashboard_counts WHERE project_id = " + project);
  }

  private static long keys(Connection raw, long project) throws SQLException {
    return one(raw, "SELECT count(*) FROM (SELECT DISTINCT metric, key_a, key_b FROM dashboard_counts "
        + "WHERE project_id = " + project + ") k");
  }

  private static long one(Connection raw, String sql) throws SQLException {
    try (ResultSet rs = raw.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
