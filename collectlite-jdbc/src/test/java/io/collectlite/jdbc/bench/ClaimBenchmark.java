package io.collectlite.jdbc.bench;

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.ingest.UploadReport;
import io.collectlite.jdbc.TestPostgres;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Claims under sustained load: the bare claim of DESIGN.md against CollectLite's claim, on the
 * same PostgreSQL server in one run. Not a test: run it with
 * {@code collectlite-jdbc/bench/claim.sh [tasks] [seconds-per-phase] [jdbc:postgresql://...]}.
 *
 * <p>Each design gets the same number of tasks (overlap 2) and the same open-loop load: a fixed
 * schedule of {@value #RATE} claims/s served by {@value #WORKERS} workers, first a short warm-up,
 * then one {@code VACUUM ANALYZE}, then {@value #PHASES} consecutive phases with no VACUUM in
 * between (autovacuum stays on, as in production). The bare claim is one auto-commit UPDATE on
 * {@code bare_tasks}; CollectLite's is {@code CollectLite.claimNext} followed by
 * {@code CollectLite.submit} by one of {@value #ANNOTATORS} annotators (only the claim is in the
 * claim latency; the submit is timed apart). In the middle of each phase an EXPLAIN (ANALYZE,
 * BUFFERS) of each design's queue read shows how much of the index a claim steps over.
 */
public final class ClaimBenchmark {
  private static final int RATE = 200;
  private static final int WORKERS = 32;
  private static final int PHASES = 3;
  private static final int WARMUP_SECONDS = 8;
  private static final int ANNOTATORS = 200;
  private static final int OVERLAP = 2;
  private static final String[] LABELS = {"irrelevant", "partially_relevant", "highly_relevant"};

  private ClaimBenchmark() {}

  /** One claim (and, for CollectLite, its submit): nanoseconds, submit -1 when there was none. */
  record Outcome(long claimNanos, long submitNanos, boolean claimed) {}

  @FunctionalInterface
  interface Op {
    Outcome run() throws Exception;
  }

  /** One phase's figures; latencies in milliseconds. */
  record PhaseResult(int phase, double claimsPerSecond, double p50, double p95, double p99, double max,
      double submitP99, double lagP99, int empty, int errors, ClaimDatabase.Probe probe,
      Map<String, ClaimDatabase.TableStats> stats) {}

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    String url = args.length > 2 ? args[2] : TestPostgres.adminUrl();
    long needed = (long) RATE * (WARMUP_SECONDS + (long) PHASES * seconds);
    if ((long) tasks * OVERLAP < needed * 2) {
      System.out.printf("warning: %,d tasks x overlap %d is less than twice the %,d claims of the run%n", tasks,
          OVERLAP, needed);
    }
    Path dir = Files.createTempDirectory("collectlite-claim-bench");
    StringBuilder plans = new StringBuilder();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try (ClaimDatabase db = new ClaimDatabase(url)) {
      System.out.printf("claim benchmark: PostgreSQL %s, %,d tasks per design (overlap %d), %d claims/s target, "
          + "%d workers, %d s warm-up + VACUUM ANALYZE, then %d phases of %d s without VACUUM%n",
          db.serverVersion(), tasks, OVERLAP, RATE, WORKERS, WARMUP_SECONDS, PHASES, seconds);

      // the store first: Flyway migrates only an empty schema
      try (Store store = db.openStore()) {
        long start = System.nanoTime();
        db.createBare(tasks, OVERLAP);
        System.out.printf("  setup: bare_tasks filled in %.1f s%n", seconds(start));
        CollectLite app = CollectLite.builder().store(store).random(new Random(1)).build();
        start = System.nanoTime();
        RealProject real = RealProject.create(app, tasks, dir);
        System.out.printf("  setup: CollectLite project %d with %,d tasks and %d annotators in %.1f s%n",
            real.project().id(), tasks, ANNOTATORS, seconds(start));

        List<PhaseResult> bare = design("bare claim", pool, db, List.of("bare_tasks"),
            Map.of("bare_tasks", "bare_tasks_queue"), () -> {
              long t0 = System.nanoTime();
              boolean claimed = db.bareClaim();
              return new Outcome(System.nanoTime() - t0, -1, claimed);
            }, () -> db.explain(ClaimDatabase.BARE_CLAIM), seconds, plans);
        long probeAnnotator = real.annotators().get(0).id();
        Map<String, String> liteTables = new LinkedHashMap<>();
        liteTables.put("tasks", "tasks_queue");
        liteTables.put("assignments", "assignments_active_leases");
        List<PhaseResult> lite = design("CollectLite claimNext", pool, db, db.storeTables(), liteTables, real::claimAndSubmit,
            () -> db.explain(ClaimDatabase.LITE_NEXT.formatted(real.project().id(), probeAnnotator)), seconds, plans);
        summary(bare, lite);
      }
    } finally {
      pool.shutdownNow();
    }
    Path plansFile = dir.resolve("claim-plans.txt");
    Files.writeString(plansFile, plans);
    System.out.printf("EXPLAIN (ANALYZE, BUFFERS) plans of the mid-phase probes: %s%n", plansFile);
  }

  private static List<PhaseResult> design(String name, ExecutorService pool, ClaimDatabase db, List<String> tables,
      Map<String, String> queueIndexes, Op op, Callable<ClaimDatabase.Probe> probe, int seconds, StringBuilder plans)
      throws Exception {
    System.out.printf("%n%s%n", name);
    PhaseResult warm = phase(pool, op, WARMUP_SECONDS, null, 0);
    System.out.printf("  warm-up: %.0f claims/s, p99 %.2f ms%n", warm.claimsPerSecond(), warm.p99());
    db.vacuumAnalyze(tables);
    Map<String, ClaimDatabase.TableStats> base = db.stats(queueIndexes);
    List<PhaseResult> results = new ArrayList<>();
    for (int p = 1; p <= PHASES; p++) {
      PhaseResult r = phase(pool, op, seconds, probe, p);
      Map<String, ClaimDatabase.TableStats> now = db.stats(queueIndexes);
      Map<String, ClaimDatabase.TableStats> delta = new LinkedHashMap<>();
      now.forEach((table, s) -> delta.put(table, s.since(base.get(table))));
      r = new PhaseResult(r.phase(), r.claimsPerSecond(), r.p50(), r.p95(), r.p99(), r.max(), r.submitP99(),
          r.lagP99(), r.empty(), r.errors(), r.probe(), delta);
      results.add(r);
      System.out.printf("  phase %d: %6.1f claims/s  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms%s  "
          + "(schedule lag p99 %.1f ms%s)%n", p, r.claimsPerSecond(), r.p50(), r.p95(), r.p99(), r.max(),
          Double.isNaN(r.submitP99()) ? "" : String.format("  submit p99 %.2f ms", r.submitP99()), r.lagP99(),
          (r.empty() + r.errors() == 0) ? "" : ", " + r.empty() + " empty, " + r.errors() + " errors");
      if (r.probe() != null) {
        System.out.printf("           mid-phase EXPLAIN of the queue read: %s%n", r.probe().describe());
        plans.append("== ").append(name).append(", phase ").append(p).append('\n').append(r.probe().plan());
      }
      delta.forEach((table, s) -> System.out.printf("           %-12s since VACUUM: %s%n", table, s.describe()));
    }
    return results;
  }

  /**
   * Runs {@code op} on a fixed schedule ({@value #RATE}/s, ticket k due at start + k/RATE) for
   * {@code seconds}; a worker that falls behind runs its tickets late (the lag is reported) and
   * no ticket starts after the phase's end. {@code probe}, when given, runs once mid-phase.
   */
  private static PhaseResult phase(ExecutorService pool, Op op, int seconds, Callable<ClaimDatabase.Probe> probe,
      int number) throws Exception {
    int total = RATE * seconds;
    long[] claim = new long[total];
    long[] submit = new long[total];
    long[] lag = new long[total];
    Arrays.fill(claim, -1);
    Arrays.fill(submit, -1);
    Arrays.fill(lag, -1);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger empty = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<Throwable> firstError = new AtomicReference<>();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    double interval = 1e9 / RATE;
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      workers.add(pool.submit(() -> {
        for (int k = next.getAndIncrement(); k < total; k = next.getAndIncrement()) {
          long due = start + (long) (k * interval);
          for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
          long began = System.nanoTime();
          if (began >= end) return;
          lag[k] = began - due;
          try {
            Outcome o = op.run();
            claim[k] = o.claimNanos();
            submit[k] = o.submitNanos();
            if (!o.claimed()) empty.incrementAndGet();
          } catch (Exception | Error e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e);
          }
        }
      }));
    }
    ClaimDatabase.Probe seen = null;
    if (probe != null) {
      LockSupport.parkNanos(start + (end - start) / 2 - System.nanoTime());
      seen = probe.call();
    }
    for (Future<?> f : workers) f.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (firstError.get() != null) {
      System.out.printf("  phase %d: %d errors, the first: %s%n", number, errors.get(), firstError.get());
    }
    long[] claims = Arrays.stream(claim).filter(n -> n >= 0).sorted().toArray();
    long[] submits = Arrays.stream(submit).filter(n -> n >= 0).sorted().toArray();
    long[] lags = Arrays.stream(lag).filter(n -> n >= 0).sorted().toArray();
    int done = claims.length - empty.get();
    return new PhaseResult(number, done / elapsed, millis(claims, 0.50), millis(claims, 0.95), millis(claims, 0.99),
        millis(claims, 1.0), submits.length == 0 ? Double.NaN : millis(submits, 0.99),
        millis(lags, 0.99), empty.get(),
        errors.get(), seen, Map.of());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  private static double millis(long[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    int rank = (int) Math.ceil(Math.min(1.0, q) * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static void summary(List<PhaseResult> bare, List<PhaseResult> lite) {
    System.out.printf("%nsummary at %d claims/s target (latencies in ms)%n", RATE);
    System.out.printf("  %-6s %-28s %-28s %s%n", "phase", "bare claim/s  p50  p95  p99", "CollectLite claim/s  p50  p95  p99",
        "p99 CollectLite / bare");
    for (int i = 0; i < bare.size(); i++) {
      PhaseResult b = bare.get(i);
      PhaseResult l = lite.get(i);
      System.out.printf("  %-6d %5.0f %6.2f %6.2f %6.2f       %5.0f %6.2f %6.2f %6.2f       %.2f%n", b.phase(),
          b.claimsPerSecond(), b.p50(), b.p95(), b.p99(), l.claimsPerSecond(), l.p50(), l.p95(), l.p99(),
          l.p99() / b.p99());
    }
    PhaseResult bLast = bare.get(bare.size() - 1);
    PhaseResult lLast = lite.get(lite.size() - 1);
    System.out.printf("  p99 last phase / first phase: bare %.2f, CollectLite %.2f%n",
        bLast.p99() / bare.get(0).p99(), lLast.p99() / lite.get(0).p99());
    bLast.stats().forEach((t, s) -> System.out.printf("  bare        %-12s %s%n", t, s.describe()));
    lLast.stats().forEach((t, s) -> System.out.printf("  CollectLite %-12s %s%n", t, s.describe()));
  }

  /** A real project: one upload, generated tasks, and annotators who claim and submit. */
  record RealProject(CollectLite app, Project project, List<User> annotators, BlockingQueue<User> idle) {
    static RealProject create(CollectLite app, int tasks, Path dir) throws Exception {
      User owner = app.createUser("claim-bench-owner").user();
      Project project = app.createProject(owner, NewProject.relevance("claims", "").withOverlap(OVERLAP).withSeed(1));
      Path file = dir.resolve("claims.jsonl");
      IngestBenchmark.writeRelevanceJsonl(file, tasks, 3);
      UploadReport report;
      try (InputStream in = Files.newInputStream(file)) {
        report = app.upload(owner, project.id(), file.getFileName().toString(), in);
      }
      Files.delete(file);
      if (report.examplesCreated() != tasks) throw new IllegalStateException("upload stored " + report);
      int generated = app.generateTasks(owner, project.id());
      if (generated != tasks) throw new IllegalStateException("generated " + generated + " tasks");
      List<User> annotators = new ArrayList<>();
      for (int i = 0; i < ANNOTATORS; i++) {
        User u = app.createUser("claim-bench-annotator-" + i).user();
        app.putMember(owner, project.id(), u.id(), Role.ANNOTATOR);
        annotators.add(u);
      }
      return new RealProject(app, project, annotators, new ArrayBlockingQueue<>(ANNOTATORS, true, annotators));
    }

    /** An idle annotator claims the next task and labels it at once; no annotator runs two at a time. */
    Outcome claimAndSubmit() throws Exception {
      User annotator = idle.take();
      try {
        long t0 = System.nanoTime();
        Optional<Claim> claim = app.claimNext(annotator, project.id());
        long t1 = System.nanoTime();
        if (claim.isEmpty()) return new Outcome(t1 - t0, -1, false);
        app.submit(annotator, claim.get().taskId(),
            AnnotationInput.of(LABELS[ThreadLocalRandom.current().nextInt(LABELS.length)]));
        return new Outcome(t1 - t0, System.nanoTime() - t1, true);
      } finally {
        idle.add(annotator);
      }
    }
  }
}
