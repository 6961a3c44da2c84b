package io.collectlite.quality.aggregation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times one Dawid–Skene fit of 25,000 tasks with 3 votes each from 10 annotators over 3 classes, cold (first
 * call in a fresh JVM, as after a server start) and then warm, in wall-clock time and in this thread's CPU time
 * (which other load on the machine inflates less). Not a test, and it asserts nothing: run it after
 * {@code mvn -o -q -B test-compile -pl collectlite-core} with
 * {@code java -cp collectlite-core/target/classes:collectlite-core/target/test-classes:<slf4j-api.jar>
 * io.collectlite.quality.aggregation.DawidSkeneBenchmark}.
 */
public final class DawidSkeneBenchmark {
  private static final int TASKS = 25_000;
  private static final int VOTES_PER_TASK = 3;
  private static final int ANNOTATORS = 10;
  private static final List<String> CLASSES = List.of("negative", "neutral", "positive");
  private static final int WARM_RUNS = 20;

  private DawidSkeneBenchmark() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Vote> votes = votes(new Random(2024));
    long start = System.nanoTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    DawidSkeneResult cold = DawidSkene.fit(votes);
    System.out.printf("cold fit: %.1f ms wall, %.1f ms CPU of this thread; %d iterations, converged %s%n",
        (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - startCpu) / 1e6,
        cold.iterations(), cold.converged());
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int run = 0; run < WARM_RUNS; run++) {
      start = System.nanoTime();
      startCpu = threads.getCurrentThreadCpuTime();
      DawidSkene.fit(votes);
      best = Math.min(best, System.nanoTime() - start);
      bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - startCpu);
    }
    System.out.printf("warm fit: best of %d runs %.1f ms wall, %.1f ms CPU%n", WARM_RUNS, best / 1e6,
        bestCpu / 1e6);
  }

  /** Three distinct annotators per task, each right with their own accuracy (0.60 to 0.96), else a random error. */
  private static List<Vote> votes(Random random) {
    double[] accuracy = new double[ANNOTATORS];
    for (int a = 0; a < ANNOTATORS; a++) {
      accuracy[a] = 0.60 + 0.04 * a;
    }
    List<Vote> votes = new ArrayList<>(TASKS * VOTES_PER_TASK);
    for (int task = 0; task < TASKS; task++) {
      int truth = random.nextInt(CLASSES.size());
      int first = random.nextInt(ANNOTATORS);
      for (int v = 0; v < VOTES_PER_TASK; v++) {
        int annotator = (first + v * 3) % ANNOTATORS;
        int label = random.nextDouble() < accuracy[annotator] ? truth
            : (truth + 1 + random.nextInt(CLASSES.size() - 1)) % CLASSES.size();
        votes.add(new Vote(task, annotator, CLASSES.get(label)));
      }
    }
    return votes;
  }
}
