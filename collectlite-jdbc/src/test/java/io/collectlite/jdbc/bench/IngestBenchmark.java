package io.collectlite.jdbc.bench;

import io.collectlite.CollectLite;
import io.collectlite.ingest.ParsedUpload;
import io.collectlite.ingest.SourceFormat;
import io.collectlite.ingest.SourceRow;
import io.collectlite.ingest.UploadParser;
import io.collectlite.ingest.UploadReport;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.store.Store;
import io.collectlite.user.User;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Measures ingest against the raw limit of each database, in one run. Not a test: run it with
 * {@code collectlite-jdbc/bench/ingest.sh [rows] [jdbc:postgresql://...?user=..&password=..]}.
 *
 * <p>For each database it times the real upload path, {@code CollectLite.upload} (parse, validate,
 * hash, then the store's ingest transaction), on a fresh project, and the raw limit on the same
 * parsed rows: PostgreSQL {@code COPY} into a bare table (same columns, no keys or indexes),
 * SQLite one batched-insert transaction into a bare table. Each is run three times, interleaved,
 * on a fresh project (or table) each time, and the best time is kept. It prints rows/s and the
 * ratios.
 */
public final class IngestBenchmark {
  private static final int WARMUP_ROWS = 20_000;
  private static final int RUNS = 3;

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String pgUrl = args.length > 1 ? args[1] : TestPostgres.adminUrl();
    Path dir = Files.createTempDirectory("collectlite-bench");
    Path file = dir.resolve("relevance.jsonl");
    Path warmup = dir.resolve("warmup.jsonl");
    writeRelevanceJsonl(file, rows, 1);
    writeRelevanceJsonl(warmup, WARMUP_ROWS, 2);
    System.out.printf("ingest benchmark: %,d rows, %,d bytes of JSONL%n", rows, Files.size(file));

    long parseStart = System.nanoTime();
    ParsedUpload parsed;
    try (InputStream in = Files.newInputStream(file)) {
      parsed = UploadParser.parse(in, SourceFormat.JSONL, TaskType.DOCUMENT_RELEVANCE);
    }
    double parseSeconds = seconds(parseStart);
    System.out.printf("  parse only (UploadParser, in every upload): %,.0f rows/s%n", rows / parseSeconds);

    var pg = new PostgresTarget(pgUrl);
    try {
      report("PostgreSQL", parsed, file, warmup, pg::openStore, () -> pg.rawCopy(parsed.rows()));
    } finally {
      pg.dropScratch();
    }
    report("SQLite", parsed, file, warmup, () -> JdbcStores.sqlite(dir.resolve("bench-" + System.nanoTime() + ".db")),
        () -> SqliteRaw.insert(dir.resolve("raw-" + System.nanoTime() + ".db"), parsed.rows()));
  }

  @FunctionalInterface
  interface StoreOpener {
    Store open() throws Exception;
  }

  @FunctionalInterface
  interface Timed {
    double seconds() throws Exception;
  }

  private static void report(String name, ParsedUpload parsed, Path file, Path warmup, StoreOpener opener,
      Timed raw) throws Exception {
    int rows = parsed.rows().size();
    try (Store store = opener.open()) {
      CollectLite app = CollectLite.builder().store(store).random(new Random(1)).build();
      User owner = app.createUser("bench-owner").user();
      upload(app, owner, warmup, "warmup");
      raw.seconds();
      // this machine is shared: interleave the runs and keep the best of each
      double uploadSeconds = Double.MAX_VALUE;
      double rawSeconds = Double.MAX_VALUE;
      double storeSeconds = Double.MAX_VALUE;
      for (int run = 1; run <= RUNS; run++) {
        uploadSeconds = Math.min(uploadSeconds, upload(app, owner, file, "measured-" + run));
        rawSeconds = Math.min(rawSeconds, raw.seconds());
        storeSeconds = Math.min(storeSeconds, storeOnly(app, store, owner, parsed));
      }
      System.out.printf("%s%n", name);
      line("upload through CollectLite.upload", rows, uploadSeconds);
      line("  of which the store's ingest alone", rows, storeSeconds);
      line("raw limit: " + (name.equals("SQLite") ? "batched insert" : "COPY") + ", bare table", rows, rawSeconds);
      System.out.printf("  ratio upload / raw:        %.2f%n", rawSeconds / uploadSeconds);
      System.out.printf("  ratio store ingest / raw:  %.2f%n", rawSeconds / storeSeconds);
    }
  }

  private static void line(String what, int rows, double seconds) {
    System.out.printf("  %-40s %,10.0f rows/s (%.2f s)%n", what, rows / seconds, seconds);
  }

  /** The store's part of an upload alone: {@code ExampleStore.ingest} of already parsed rows, on a fresh project. */
  private static double storeOnly(CollectLite app, Store store, User owner, ParsedUpload parsed) {
    Project p = app.createProject(owner, NewProject.relevance("store-only", "").withSeed(1));
    long start = System.nanoTime();
    store.examples().ingest(p.id(), "store-only.jsonl", owner.id(), parsed.rows().iterator(), io.collectlite.ingest.UploadMode.STRICT, java.time.Instant.now());
    return seconds(start);
  }

  private static double upload(CollectLite app, User owner, Path file, String project) throws Exception {
    Project p = app.createProject(owner, NewProject.relevance(project, "").withSeed(1));
    long start = System.nanoTime();
    UploadReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = app.upload(owner, p.id(), file.getFileName().toString(), in);
    }
    double elapsed = seconds(start);
    if (report.examplesCreated() != report.rowsRead()) {
      throw new IllegalStateException("expected every row stored, got " + report);
    }
    return elapsed;
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Relevance rows shaped like a RAG evaluation set: a short query and a paragraph-long document. */
  static void writeRelevanceJsonl(Path file, int rows, long seed) throws Exception {
    Random random = new Random(seed);
    String[] words = "retrieval model query document relevant passage answer context ranking search index vector"
        .split(" ");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder doc = new StringBuilder();
      for (int i = 0; i < rows; i++) {
        doc.setLength(0);
        for (int w = 0; w < 45; w++) doc.append(words[random.nextInt(words.length)]).append(' ');
        out.write("{\"id\":\"r" + seed + "-" + i + "\",\"query\":\"what is " + words[random.nextInt(words.length)]
            + " number " + i + "?\",\"document\":\"" + doc.toString().strip() + " (" + i + ")\"}\n");
      }
    }
  }

}
