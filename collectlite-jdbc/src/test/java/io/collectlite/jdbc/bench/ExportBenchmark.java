package io.collectlite.jdbc.bench;

import io.collectlite.CollectLite;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.TaskFilter;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.jdbc.internal.JdbcExportStore;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.user.User;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Measures export against the raw limit of each database, in one run. Not a test: run it with
 * {@code collectlite-jdbc/bench/export.sh [records] [jdbc:postgresql://...]}.
 *
 * <p>Setup: a real upload and task generation of {@code records} rows, then every task marked
 * resolved with a consensus row by two set-based statements (annotating a million tasks through
 * the API would take longer than the benchmark), and model suggestions for two thirds of the
 * examples (one or two models, some re-run) so the export joins each model's latest. Measured, best of three interleaved runs:
 * {@code CollectLite.export} (stream through a cursor, split, JSONL, SHA-256, file) against the
 * raw limit on the same rows: PostgreSQL {@code COPY (<the export's query>) TO STDOUT}; SQLite the
 * same query read through a plain JDBC result set. Then two annotations per task are added
 * (set-based) and an export of all tasks with annotations (two cursors merged by task id) is timed
 * while a sampler records the peak heap: run with a small {@code -Xmx} to show that memory does not
 * grow with the export. {@code -Dexport.bench.annotations=false} (through {@code BENCH_JAVA_OPTS}) skips that
 * second part.
 */
public final class ExportBenchmark {
  private static final int RUNS = 3;
  private static final String RESOLVE_CONSENSUS = "INSERT INTO consensus_results (task_id, version, label, score, "
      + "annotations, method, reasons, created_at) SELECT id, 1, CASE id % 3 WHEN 0 THEN 'irrelevant' "
      + "WHEN 1 THEN 'partially_relevant' ELSE 'highly_relevant' END, 1.0, 2, 'majority', '', created_at "
      + "FROM tasks WHERE project_id = ?";
  private static final String RESOLVE_TASKS = "UPDATE tasks SET state = 'resolved', submitted_count = 2, "
      + "consensus_score = 1.0, consensus_method = 'majority', consensus_label = CASE id % 3 WHEN 0 THEN "
      + "'irrelevant' WHEN 1 THEN 'partially_relevant' ELSE 'highly_relevant' END, resolved_at = created_at "
      + "WHERE project_id = ?";
  /** Model suggestions of a model (the first bound parameter), for the tasks whose id modulo 3 is in a set. */
  private static final String SUGGEST = "INSERT INTO model_suggestions (project_id, source_example_id, provider, "
      + "model, prompt_version, template_version, label, answers, raw_score, rationale, confidence, latency_ms, "
      + "cost_estimate, source, origin, created_at) SELECT project_id, source_example_id, 'bench', ?, 'v1', "
      + "template_version, consensus_label, '{\"relevance\":\"' || consensus_label || '\"}', 0.5, 'word overlap', "
      + "0.8, 40, 0.0001, 'generated', '', created_at FROM tasks WHERE project_id = ? AND id %% 3 IN (%s) ORDER BY id";

  private static final String ASSIGN = "INSERT INTO assignments (task_id, project_id, annotator_id, status, "
      + "claimed_at, lease_expires_at, finished_at) SELECT id, project_id, ?, 'submitted', created_at, created_at, "
      + "created_at FROM tasks WHERE project_id = ?";
  private static final String ANNOTATE = "INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, "
      + "label, answers, confidence, notes, latency_ms, template_version, created_at) SELECT a.task_id, a.id, "
      + "a.project_id, a.annotator_id, t.consensus_label, '{\"relevance\":\"' || t.consensus_label || '\"}', 'high', "
      + "'', 1500, t.template_version, a.claimed_at FROM assignments a JOIN tasks t ON t.id = a.task_id "
      + "WHERE a.project_id = ? AND a.annotator_id = ?";

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String pgUrl = args.length > 1 ? args[1] : TestPostgres.adminUrl();
    Path dir = Files.createTempDirectory("collectlite-export-bench");
    Path file = dir.resolve("relevance.jsonl");
    IngestBenchmark.writeRelevanceJsonl(file, records, 3);
    System.out.printf("export benchmark: %,d records%n", records);

    var pg = new PostgresTarget(pgUrl);
    try {
      run("PostgreSQL", pg.storeUrl(), dir.resolve("pg-exports"), file, true);
    } finally {
      pg.dropScratch();
    }
    Path db = dir.resolve("export-bench.db");
    run("SQLite", "jdbc:sqlite:" + db, dir.resolve("sqlite-exports"), file, false);
  }

  private static void run(String name, String url, Path exports, Path file, boolean postgres) throws Exception {
    try (CollectLite lite = CollectLite.builder().store(JdbcStores.open(url)).random(new Random(1))
        .exportDirectory(exports).build()) {
      User owner = lite.createUser("bench-owner").user();
      Project project = lite.createProject(owner, NewProject.relevance("export bench", "").withSeed(1));
      long setup = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        lite.upload(owner, project.id(), "relevance.jsonl", in);
      }
      lite.generateTasks(owner, project.id());
      try (Connection c = DriverManager.getConnection(url)) {
        for (String sql : new String[] {RESOLVE_CONSENSUS, RESOLVE_TASKS}) {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, project.id());
            s.executeUpdate();
          }
        }
        // two thirds of the examples suggested by model-a, a third of those also by model-b, then model-a re-run
        // on another third: exported records carry none, one or two models' latest, some over an older row
        for (String[] run : new String[][] {{"model-a", "0, 1"}, {"model-b", "1"}, {"model-a", "0"}}) {
          try (PreparedStatement s = c.prepareStatement(SUGGEST.formatted(run[1]))) {
            s.setString(1, run[0]);
            s.setLong(2, project.id());
            s.executeUpdate();
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
      }
      System.out.printf("%s (setup %.1f s)%n", name, IngestBenchmark.seconds(setup));
      ExportInfo warm = lite.export(owner, project.id(), ExportFormat.JSONL);
      double export = Double.MAX_VALUE;
      double raw = Double.MAX_VALUE;
      long rawBytes = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        ExportInfo info = lite.export(owner, project.id(), ExportFormat.JSONL);
        export = Math.min(export, IngestBenchmark.seconds(start));
        if (info.recordCount() != warm.recordCount()) throw new IllegalStateException("record counts differ");
        start = System.nanoTime();
        rawBytes = postgres ? rawCopy(url, project.id()) : rawSelect(url, project.id());
        raw = Math.min(raw, IngestBenchmark.seconds(start));
      }
      long n = warm.recordCount();
      System.out.printf("  %-44s %,10.0f records/s (%.2f s, %,d MB file)%n", "export through CollectLite.export (JSONL)",
          n / export, export, Files.size(exports.resolve(warm.location())) >> 20);
      System.out.printf("  %-44s %,10.0f records/s (%.2f s, %,d MB)%n",
          postgres ? "raw limit: COPY (same query) TO STDOUT" : "raw limit: same query, plain JDBC read", n / raw, raw,
          rawBytes >> 20);
      System.out.printf("  ratio export / raw: %.2f%n", raw / export);
      if (Boolean.parseBoolean(System.getProperty("export.bench.annotations", "true"))) {
        withAnnotations(lite, owner, project.id(), url, exports);
      }
    }
  }

  /** Two annotations per task, then an export of all tasks with them, timed, with the peak heap it took. */
  private static void withAnnotations(CollectLite lite, User owner, long projectId, String url, Path exports)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      for (int i = 0; i < 2; i++) {
        long annotator = lite.createUser("bench-annotator-" + i).user().id();
        try (PreparedStatement assign = c.prepareStatement(ASSIGN);
            PreparedStatement annotate = c.prepareStatement(ANNOTATE)) {
          assign.setLong(1, annotator);
          assign.setLong(2, projectId);
          assign.executeUpdate();
          annotate.setLong(1, projectId);
          annotate.setLong(2, annotator);
          annotate.executeUpdate();
        }
      }
    }
    var peak = new java.util.concurrent.atomic.AtomicLong();
    var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    sampler.start();
    long start = System.nanoTime();
    ExportInfo info = lite.export(owner, projectId, ExportFormat.JSONL, new ExportOptions(TaskFilter.ALL, true));
    double seconds = IngestBenchmark.seconds(start);
    sampler.interrupt();
    sampler.join();
    System.out.printf("  %-44s %,10.0f records/s (%.2f s, %,d MB file)%n", "export of all tasks with annotations",
        info.recordCount() / seconds, seconds, Files.size(exports.resolve(info.location())) >> 20);
    System.out.printf("  heap: %,d MB before, peak %,d MB during (max heap %,d MB)%n", before >> 20, peak.get() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** COPY of the export's own query, read to the end and thrown away; returns the bytes read. */
  private static long rawCopy(String url, long projectId) throws Exception {
    String query = JdbcExportStore.exportRowsSql().replace(":project", Long.toString(projectId));
    try (Connection c = DriverManager.getConnection(url)) {
      Counting out = new Counting();
      c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT", out);
      return out.bytes;
    }
  }

  /** The export's own query read through a plain result set, every column touched; returns the characters read. */
  private static long rawSelect(String url, long projectId) throws Exception {
    String query = JdbcExportStore.exportRowsSql().replace(":project", "?");
    long chars = 0;
    try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(query)) {
      // the query names the project more than once
      for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) s.setLong(i, projectId);
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            String v = rs.getString(i);
            chars += v == null ? 0 : v.length();
          }
        }
      }
    }
    return chars;
  }

  /** Discards what is written and counts it. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
