package io.collectlite.jdbc.bench;

import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.metrics.Dashboard;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.quality.agreement.Agreement;
import io.collectlite.quality.agreement.Level;
import io.collectlite.quality.agreement.RatingTable;
import io.collectlite.store.MetricsStore;
import io.collectlite.store.Store;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Measures the quality dashboard against a raw-database baseline, in one run. Not a test: run it with
 * {@code collectlite-jdbc/bench/dashboard.sh [tasks] [annotators] [jdbc:postgresql://...]}.
 *
 * <p>Setup: a real upload and task generation of {@code tasks} relevance rows, then, set-based, every task
 * annotated by each annotator (latency, label and day vary by task), a consensus row per task (one task in
 * ten contested, so in review with reason {@code disagreement}, the rest resolved over 30 days) and one model
 * suggestion per example. Measured, interleaved, median of {@value #RUNS} runs after warm-up:
 * {@code CollectLite.dashboard} after a change (an audit event appended, so every aggregate is read again) and
 * with nothing changed (the aggregates kept under the store's revision), against the baseline, one
 * {@code SELECT label, count(*) FROM annotations WHERE project_id = ? GROUP BY label} through plain JDBC. It
 * prints the ratio, each store aggregate's own median, and what the earlier agreement path (every
 * annotation's label loaded into a rating table) costs on the same data.
 */
public final class DashboardBenchmark {
  private static final int RUNS = 21;
  private static final int WARMUP = 10;
  private static final long DAY = 86_400_000_000L;
  private static final String LABEL = "CASE %s WHEN 0 THEN 'irrelevant' WHEN 1 THEN 'partially_relevant' "
      + "ELSE 'highly_relevant' END";
  /** The label of annotator number ? on task t: the task's base label (id % 3), three different ones on every tenth task, one annotator off by one on some. */
  private static final String VOTE = "(CASE WHEN t.id % 10 = 0 THEN (t.id + ?) % 3 WHEN (t.id + ?) % 7 = 0 "
      + "THEN (t.id + 1) % 3 ELSE t.id % 3 END)";
  private static final String SPREAD = "UPDATE tasks SET created_at = created_at + (id % 30) * " + DAY
      + " WHERE project_id = ?";
  private static final String ASSIGN = "INSERT INTO assignments (task_id, project_id, annotator_id, status, "
      + "claimed_at, lease_expires_at, finished_at) SELECT id, project_id, ?, 'submitted', created_at, created_at, "
      + "created_at FROM tasks WHERE project_id = ?";
  private static final String ANNOTATE = "INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, "
      + "label, answers, confidence, notes, latency_ms, template_version, created_at) SELECT t.id, a.id, t.project_id, "
      + "a.annotator_id, " + LABEL.formatted(VOTE) + ", '{}', 'medium', '', 1000 + (t.id * 37 + ? * 101) % 20000, "
      + "t.template_version, t.created_at + ? * 3600000000 FROM assignments a JOIN tasks t ON t.id = a.task_id "
      + "WHERE a.project_id = ? AND a.annotator_id = ?";
  private static final String CONSENSUS = "INSERT INTO consensus_results (task_id, version, label, score, annotations, "
      + "method, reasons, created_at) SELECT id, 1, " + LABEL.formatted("id % 3") + ", CASE WHEN id % 10 = 0 THEN 0.34 "
      + "ELSE 0.67 END, ?, 'majority', CASE WHEN id % 10 = 0 THEN 'disagreement' ELSE '' END, created_at + "
      + DAY / 2 + " FROM tasks WHERE project_id = ?";
  private static final String SETTLE = "UPDATE tasks SET submitted_count = ?, consensus_score = 0.67, "
      + "consensus_method = 'majority', consensus_label = " + LABEL.formatted("id % 3") + ", "
      + "state = CASE WHEN id % 10 = 0 THEN 'needs_review' ELSE 'resolved' END, "
      + "resolved_at = CASE WHEN id % 10 = 0 THEN NULL ELSE created_at + (1 + id % 3) * " + DAY + " END "
      + "WHERE project_id = ?";
  /** What the store does with every suggestion it keeps: the task holds its example's latest label. */
  private static final String KEEP_LATEST_SUGGESTION = "UPDATE tasks SET model_label = (SELECT s.label FROM "
      + "model_suggestions s WHERE s.source_example_id = tasks.source_example_id ORDER BY s.id DESC LIMIT 1) "
      + "WHERE project_id = ?";
  private static final String SUGGEST = "INSERT INTO model_suggestions (project_id, source_example_id, provider, "
      + "model, prompt_version, template_version, label, answers, rationale, source, origin, created_at) "
      + "SELECT project_id, source_example_id, 'bench', 'ranker-1', 'v1', template_version, "
      + LABEL.formatted("(id + CASE WHEN id % 5 = 0 THEN 1 ELSE 0 END) % 3") + ", '{}', '', 'import', 'bench', "
      + "created_at FROM tasks WHERE project_id = ?";
  private static final String TOUCH = "INSERT INTO audit_events (project_id, entity, entity_id, action, detail, at) "
      + "VALUES (?, 'project', 0, 'bench', '', 0)";
  private static final String BASELINE = "SELECT label, count(*) FROM annotations WHERE project_id = ? GROUP BY label";

  private DashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
    int annotators = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String pgUrl = args.length > 2 ? args[2] : TestPostgres.adminUrl();
    Path dir = Files.createTempDirectory("collectlite-dashboard-bench");
    Path file = dir.resolve("relevance.jsonl");
    IngestBenchmark.writeRelevanceJsonl(file, tasks, 5);
    System.out.printf("dashboard benchmark: %,d tasks x %d annotations%n", tasks, annotators);
    var pg = new PostgresTarget(pgUrl);
    try {
      run("PostgreSQL", pg.storeUrl(), file, annotators, true);
    } finally {
      pg.dropScratch();
    }
    run("SQLite", "jdbc:sqlite:" + dir.resolve("dashboard-bench.db"), file, annotators, false);
  }

  private static void run(String name, String url, Path file, int annotators, boolean postgres) throws Exception {
    try (CollectLite lite = CollectLite.builder().store(JdbcStores.open(url)).random(new Random(1)).build();
        Connection raw = DriverManager.getConnection(url)) {
      Store store = lite.store();
      long setup = System.nanoTime();
      User owner = lite.createUser("bench-owner").user();
      Project project = lite.createProject(owner, NewProject.relevance("dashboard bench", "").withSeed(1)
          .withOverlap(annotators));
      try (InputStream in = Files.newInputStream(file)) {
        lite.upload(owner, project.id(), "relevance.jsonl", in);
      }
      lite.generateTasks(owner, project.id());
      annotate(lite, owner, project.id(), raw, annotators);
      // the set-based setup left PostgreSQL's triggers' signed rows of 75,000 annotations and 25,000 task
      // updates: a first read has the store fold them in the background; then vacuumed, as autovacuum would
      store.metrics().counts(project.id());
      awaitFolded(raw, project.id());
      try (Statement s = raw.createStatement()) {
        s.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
      }
      System.out.printf("%s (setup %.1f s; %s)%n", name, IngestBenchmark.seconds(setup), load());
      long projectId = project.id();
      Map<String, LongSupplier> timed = new LinkedHashMap<>();
      timed.put("CollectLite.dashboard after a change", () -> {
        touch(raw, projectId);
        return nanos(() -> lite.dashboard(owner, projectId));
      });
      timed.put("CollectLite.dashboard, nothing changed", () -> nanos(() -> lite.dashboard(owner, projectId)));
      timed.put("baseline: one GROUP BY over the annotations", () -> nanos(() -> baseline(raw, projectId)));
      MetricsStore m = store.metrics();
      timed.put("  kept counts (days, annotators, labels, finals)", () -> nanos(() -> m.counts(projectId)));
      timed.put("  review reasons", () -> nanos(() -> m.reviewReasons(projectId)));
      timed.put("  tasks by state", () -> nanos(() -> store.tasks().countByState(projectId)));
      timed.put("alpha before: every label into a rating table", () -> nanos(() ->
          Agreement.krippendorffAlpha(RatingTable.of(store.tasks().primaryLabels(projectId)), Level.nominal())));
      Map<String, List<Long>> samples = measure(timed);
      double dashboard = median(samples.get("CollectLite.dashboard after a change"));
      double baseline = median(samples.get("baseline: one GROUP BY over the annotations"));
      samples.forEach((what, ns) -> System.out.printf("  %-50s median %7.1f ms (min %.1f, max %.1f)%n", what,
          median(ns), ns.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6,
          ns.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6));
      System.out.printf("  ratio dashboard / baseline: %.1f (%s)%n", dashboard / baseline, load());
      summary(lite.dashboard(owner, projectId));
    }
  }

  /** Every timed call {@value #WARMUP} times to warm up, then {@value #RUNS} rounds, each calling all once. */
  private static Map<String, List<Long>> measure(Map<String, LongSupplier> timed) {
    for (int i = 0; i < WARMUP; i++) timed.values().forEach(LongSupplier::getAsLong);
    Map<String, List<Long>> samples = new LinkedHashMap<>();
    for (int i = 0; i < RUNS; i++) {
      timed.forEach((what, call) -> samples.computeIfAbsent(what, w -> new ArrayList<>()).add(call.getAsLong()));
    }
    return samples;
  }

  /** A few figures of the dashboard, to show it read the data it was timed on. */
  private static void summary(Dashboard d) {
    System.out.printf("  dashboard: %d days, %d annotators, alpha %s, %d labels, model disagreement %d of %d, "
            + "backlog %s, readiness %.2f%n", d.activity().days().size(), d.annotators().size(),
        d.agreement().map(a -> "%.3f %s".formatted(a.alpha(), a.level())).orElse("-"), d.labelAgreement().size(),
        d.modelDisagreement().disagreeingTasks(), d.modelDisagreement().comparedTasks(), d.reviewBacklog().byReason(),
        d.exportReadiness().share());
  }

  /** Every task annotated by each of {@code annotators} new members, then settled, then one suggestion each. */
  private static void annotate(CollectLite lite, User owner, long projectId, Connection c, int annotators)
      throws Exception {
    update(c, SPREAD, projectId);
    for (int i = 0; i < annotators; i++) {
      User annotator = lite.createUser("bench-annotator-" + i).user();
      lite.putMember(owner, projectId, annotator.id(), Role.ANNOTATOR);
      update(c, ASSIGN, annotator.id(), projectId);
      update(c, ANNOTATE, i, i, i, i, projectId, annotator.id());
    }
    update(c, CONSENSUS, annotators, projectId);
    update(c, SETTLE, annotators, projectId);
    update(c, SUGGEST, projectId);
    update(c, KEEP_LATEST_SUGGESTION, projectId);
  }

  /** Waits (at most a minute) until the project holds one row per count, as the store's folder leaves it. */
  private static void awaitFolded(Connection c, long projectId) throws Exception {
    String rows = "SELECT count(*), count(DISTINCT metric || '/' || key_a || '/' || key_b) FROM dashboard_counts "
        + "WHERE project_id = " + projectId;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(rows)) {
        rs.next();
        if (rs.getLong(1) <= rs.getLong(2)) return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("dashboard counts still not folded after a minute");
  }

  private static void update(Connection c, String sql, long... parameters) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) s.setLong(i + 1, parameters[i]);
      s.executeUpdate();
    }
  }

  /** A change the dashboard must notice: one audit event appended, as every task move appends one. */
  private static void touch(Connection c, long projectId) {
    try {
      update(c, TOUCH, projectId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long baseline(Connection c, long projectId) {
    try (PreparedStatement s = c.prepareStatement(BASELINE)) {
      s.setLong(1, projectId);
      long labels = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) labels += rs.getLong(2);
      }
      return labels;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The machine's load while measuring: the figures are only comparable at similar load. */
  private static String load() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return String.format("load average %.1f on %d cores", os.getSystemLoadAverage(), os.getAvailableProcessors());
  }

  private static long nanos(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int n = sorted.size();
    double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return middle / 1e6;
  }
}
