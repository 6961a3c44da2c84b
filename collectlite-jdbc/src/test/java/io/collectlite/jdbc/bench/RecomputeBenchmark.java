package io.collectlite.jdbc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Measures a consensus recompute against the raw limit of each database, in one run. Not a test:
 * run it with {@code collectlite-jdbc/bench/recompute.sh [tasks] [jdbc:postgresql://...]}.
 *
 * <p>Setup: a real upload and task generation of {@code tasks} relevance rows, then three
 * annotations per task from ten annotators of different accuracy (set-based SQL: a task's true
 * grade and each annotator's mistakes follow fixed arithmetic, so every run sees the same data),
 * then one majority recompute to give every task a verdict. Measured, best of three interleaved
 * runs per method: {@code CollectLite.recomputeConsensus} under majority vote, the reliability
 * weighted vote and Dawid–Skene (its EM fit included), reporting the compute time (deciding and
 * fitting, no database) and the total (reading every vote, deciding, writing a consensus version
 * per task, moving tasks between resolved and review, audit). The raw limit is the same reads and
 * writes done by plain JDBC: one SELECT of every vote, one batched INSERT of a result row per task
 * into a scratch copy of consensus_results and one batched UPDATE of the tasks' verdict columns.
 */
public final class RecomputeBenchmark {
  private static final int RUNS = 3;
  private static final int ANNOTATORS = 10;
  private static final String[] GRADES = {"irrelevant", "partially_relevant", "highly_relevant"};
  // annotator k (0-based) is wrong on a task when (task * 7919 + k * 104729) % 100 < error[k]
  private static final int[] ERROR_PERCENT = {5, 10, 15, 20, 25, 30, 35, 40, 10, 60};
  private static final String ASSIGN = "INSERT INTO assignments (task_id, project_id, annotator_id, status, "
      + "claimed_at, lease_expires_at, finished_at) SELECT t.id, t.project_id, ?, 'submitted', t.created_at, "
      + "t.created_at, t.created_at FROM tasks t WHERE t.project_id = ? AND (t.id % 10 = ? OR (t.id + 3) % 10 = ? "
      + "OR (t.id + 7) % 10 = ?)";
  private static final String ANNOTATE = "INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, "
      + "label, answers, confidence, notes, latency_ms, template_version, created_at) SELECT a.task_id, a.id, "
      + "a.project_id, a.annotator_id, g.label, '{}', 'high', '', 1500, 1, a.claimed_at FROM assignments a "
      + "JOIN (SELECT 0 AS grade, 'irrelevant' AS label UNION ALL SELECT 1, 'partially_relevant' "
      + "UNION ALL SELECT 2, 'highly_relevant') g ON g.grade = CASE WHEN (a.task_id * 7919 + ? * 104729) % 100 < ? "
      + "THEN (a.task_id % 3 + 1) % 3 ELSE a.task_id % 3 END WHERE a.project_id = ? AND a.annotator_id = ?";
  private static final String FILL = "UPDATE tasks SET state = 'submitted', submitted_count = 3 WHERE project_id = ?";

  private RecomputeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
    String pgUrl = args.length > 1 ? args[1] : TestPostgres.adminUrl();
    Path dir = Files.createTempDirectory("collectlite-recompute-bench");
    Path file = dir.resolve("relevance.jsonl");
    IngestBenchmark.writeRelevanceJsonl(file, tasks, 5);
    System.out.printf("recompute benchmark: %,d tasks x 3 annotations from %d annotators%n", tasks, ANNOTATORS);
    var pg = new PostgresTarget(pgUrl);
    try {
      run("PostgreSQL", pg.storeUrl(), dir, file);
    } finally {
      pg.dropScratch();
    }
    run("SQLite", "jdbc:sqlite:" + dir.resolve("recompute-bench.db"), dir, file);
  }

  private static void run(String name, String url, Path dir, Path file) throws Exception {
    try (CollectLite lite = CollectLite.builder().store(JdbcStores.open(url)).random(new Random(1))
        .exportDirectory(dir.resolve(name + "-exports")).build()) {
      User owner = lite.createUser("bench-owner").user();
      Project project = lite.createProject(owner, NewProject.relevance("recompute bench", "").withOverlap(3)
          .withSeed(1));
      long setup = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        lite.upload(owner, project.id(), "relevance.jsonl", in);
      }
      lite.generateTasks(owner, project.id());
      annotate(lite, owner, project.id(), url);
      // the first recompute gives every task its verdict (the tasks were filled without submits)
      toDecided(url, project.id());
      RecomputeResult first = recompute(lite, owner, project.id(), "majority");
      System.out.printf("%s (setup %.1f s, %,d tasks decided)%n", name, IngestBenchmark.seconds(setup),
          first.run().tasks());
      for (String method : new String[] {"majority", "weighted_vote", "dawid_skene"}) {
        double compute = Double.MAX_VALUE;
        double total = Double.MAX_VALUE;
        double raw = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        double write = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
          RecomputeResult r = recompute(lite, owner, project.id(), method);
          compute = Math.min(compute, r.computeMillis());
          total = Math.min(total, r.totalMillis());
          read = Math.min(read, r.readMillis());
          write = Math.min(write, r.writeMillis());
          long start = System.nanoTime();
          rawLimit(url, project.id());
          raw = Math.min(raw, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("  %-14s compute %4.0f ms (read %4.0f, write %4.0f) | recompute %5.0f ms vs raw reads+writes "
            + "%5.0f ms -> ratio %.2f%n", method, compute, read, write, total, raw, raw / total);
      }
    }
  }

  private static RecomputeResult recompute(CollectLite lite, User owner, long projectId, String method)
      throws Exception {
    lite.updateQualitySettings(owner, projectId, new ObjectMapper().readTree("{\"aggregation\":\"" + method + "\"}"));
    return lite.recomputeConsensus(owner, projectId);
  }

  private static void annotate(CollectLite lite, User owner, long projectId, String url) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int k = 0; k < ANNOTATORS; k++) {
      User annotator = lite.createUser("bench-annotator-" + k).user();
      lite.putMember(owner, projectId, annotator.id(), Role.ANNOTATOR);
      ids.add(annotator.id());
    }
    try (Connection c = DriverManager.getConnection(url)) {
      for (int k = 0; k < ANNOTATORS; k++) {
        try (PreparedStatement assign = c.prepareStatement(ASSIGN);
            PreparedStatement annotate = c.prepareStatement(ANNOTATE)) {
          assign.setLong(1, ids.get(k));
          assign.setLong(2, projectId);
          for (int p = 3; p <= 5; p++) assign.setInt(p, k);
          assign.executeUpdate();
          annotate.setInt(1, k);
          annotate.setInt(2, ERROR_PERCENT[k]);
          annotate.setLong(3, projectId);
          annotate.setLong(4, ids.get(k));
          annotate.executeUpdate();
        }
      }
    }
  }

  /** Puts every task in the state a recompute reads: decided (resolved), with a first verdict to replace. */
  private static void toDecided(String url, long projectId) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      try (PreparedStatement s = c.prepareStatement(FILL)) {
        s.setLong(1, projectId);
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE tasks SET state = 'resolved', consensus_label = "
          + "'irrelevant', consensus_score = 1, consensus_method = 'majority' WHERE project_id = ?")) {
        s.setLong(1, projectId);
        s.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        s.execute(url.startsWith("jdbc:postgresql") ? "VACUUM ANALYZE" : "ANALYZE");
      }
    }
  }

  /** One read of every vote, one batched insert of a row per task, one batched update per task: plain JDBC. */
  private static void rawLimit(String url, long projectId) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      List<long[]> taskIds = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT n.task_id, n.annotator_id, n.label, n.confidence "
          + "FROM annotations n JOIN tasks t ON t.id = n.task_id WHERE t.project_id = ? ORDER BY n.task_id, n.id")) {
        s.setFetchSize(5_000);
        s.setLong(1, projectId);
        long last = -1;
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long task = rs.getLong(1);
            rs.getLong(2);
            rs.getString(3);
            rs.getString(4);
            if (task != last) taskIds.add(new long[] {task});
            last = task;
          }
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMPORARY TABLE raw_results AS SELECT * FROM consensus_results WHERE 1 = 0");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw_results (task_id, version, label, score, "
          + "annotations, method, reasons, created_at) VALUES (?, 2, ?, 0.67, 3, 'majority', '', 0)");
          PreparedStatement update = c.prepareStatement("UPDATE tasks SET consensus_label = ?, consensus_score = 0.67 "
              + "WHERE id = ?")) {
        for (long[] t : taskIds) {
          insert.setLong(1, t[0]);
          insert.setString(2, GRADES[(int) (t[0] % 3)]);
          insert.addBatch();
          update.setString(1, GRADES[(int) (t[0] % 3)]);
          update.setLong(2, t[0]);
          update.addBatch();
        }
        insert.executeBatch();
        update.executeBatch();
      }
      c.rollback();
    }
  }
}
