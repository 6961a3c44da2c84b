package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.annotation.Annotation;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import io.collectlite.template.Presets;
import io.collectlite.user.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The store contract suite: every {@link Store} adapter extends this class, implements
 * {@link #openStore()} and must pass every test of it and of its superclasses (leaderboards, dashboard, users,
 * projects, ingest, queue, review, export, task types, imports, export options, gold, quality), plus the concurrency
 * test here.
 */
public abstract class StoreContract extends NearDuplicateContract {
  private static final int THREADS = 16;
  private static final int ANNOTATORS = 4;
  private static final int TASKS = 200;
  private static final int OVERLAP = 2;
  private static final int GOLD = 20;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentClaimsNeverExceedOverlapNorRepeatAnAnnotatorAndFillEveryTask() throws Exception {
    StoreFixture f = new StoreFixture(app, ANNOTATORS, OVERLAP);
    f.tasks(TASKS);
    claimConcurrently(f, Set.of());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentClaimsWithGoldMixedInServeEachGoldTaskToAnAnnotatorAtMostOnceAndLeaveOverlapIntact()
      throws Exception {
    StoreFixture f = new StoreFixture(app, ANNOTATORS, OVERLAP);
    f.upload("rows.jsonl", StoreFixture.rows(0, TASKS + GOLD));
    app.generateTasks(f.owner, f.project.id());
    StringBuilder gold = new StringBuilder();
    Set<String> goldIds = new HashSet<>();
    for (int i = TASKS; i < TASKS + GOLD; i++) {
      gold.append("{\"example_id\":\"ex-").append(i).append("\",\"label\":\"highly_relevant\"}\n");
      goldIds.add("ex-" + i);
    }
    app.uploadGold(f.owner, f.project.id(), "gold.jsonl", new java.io.ByteArrayInputStream(
        gold.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), io.collectlite.ingest.UploadMode.STRICT);
    app.updateQualitySettings(f.owner, f.project.id(), new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"gold_rate\": 0.2}"));
    claimConcurrently(f, goldIds);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anAnnotatorsConcurrentClaimsAllResumeOneLease() throws Exception {
    StoreFixture f = new StoreFixture(app, 1, 2);
    f.tasks(20);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> tabs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        tabs.add(pool.submit(() -> {
          start.await();
          return app.claimNext(f.annotator(0), f.project.id()).orElseThrow().taskId();
        }));
      }
      start.countDown();
      Set<Long> handedOut = new HashSet<>();
      for (Future<Long> tab : tabs) handedOut.add(tab.get(30, TimeUnit.SECONDS));
      assertThat(handedOut).as("every tab of one annotator gets the one task they hold").hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.tasks().countByState(f.project.id())).containsEntry(TaskState.ASSIGNED, 1L);
  }

  /** Every annotator's threads claim and label until the queue is empty; then the invariants are checked. */
  private void claimConcurrently(StoreFixture f, Set<String> goldIds) throws Exception {
    List<String> scale = Presets.RELEVANCE.options().stream().map(o -> o.value()).toList();
    List<long[]> claims = Collections.synchronizedList(new ArrayList<>());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        User annotator = f.annotator(t % ANNOTATORS);
        workers.add(pool.submit(() -> {
          for (Optional<Claim> c = app.claimNext(annotator, f.project.id()); c.isPresent();
              c = app.claimNext(annotator, f.project.id())) {
            long task = c.get().taskId();
            // annotators agree on most tasks; on every fifth, each gives their own grade
            String label = task % 5 == 0 ? scale.get((int) (annotator.id() % scale.size())) : scale.get(2);
            try {
              app.submit(annotator, task, io.collectlite.annotation.AnnotationInput.of(label));
            } catch (io.collectlite.error.ConflictException submittedByAnotherTab) {
              // the annotator's threads are tabs sharing one lease: another tab labelled it first
              assertThat(submittedByAnotherTab).hasMessageContaining("already submitted");
              continue;
            }
            claims.add(new long[] {task, annotator.id(), goldIds.contains(c.get().exampleId()) ? 1 : 0});
          }
          return null;
        }));
      }
      for (Future<?> w : workers) w.get(90, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    Set<String> pairs = new HashSet<>();
    Map<Long, Integer> claimsPerTask = new HashMap<>();
    Set<Long> goldTasks = new HashSet<>();
    for (long[] claim : claims) {
      assertThat(pairs.add(claim[0] + "/" + claim[1])).as("annotator %d got task %d twice", claim[1], claim[0])
          .isTrue();
      if (claim[2] == 1) {
        goldTasks.add(claim[0]);
      } else {
        claimsPerTask.merge(claim[0], 1, Integer::sum);
      }
    }
    assertThat(claimsPerTask).hasSize(TASKS).allSatisfy((task, n) -> assertThat(n).isEqualTo(OVERLAP));
    if (!goldIds.isEmpty()) {
      assertThat(goldTasks).as("gold was mixed in").isNotEmpty();
      for (long gold : goldTasks) {
        assertThat(store.tasks().find(gold).orElseThrow().state()).isEqualTo(TaskState.RESOLVED);
        assertThat(store.tasks().annotations(gold)).extracting(Annotation::annotatorId).doesNotHaveDuplicates();
      }
    }

    Map<TaskState, Long> byState = store.tasks().countByState(f.project.id());
    assertThat(byState.keySet()).containsOnly(TaskState.RESOLVED, TaskState.NEEDS_REVIEW);
    assertThat(byState.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TASKS + goldIds.size());
    for (long taskId : claimsPerTask.keySet()) {
      List<Annotation> annotations = store.tasks().annotations(taskId);
      assertThat(annotations).hasSize(OVERLAP);
      assertThat(annotations).extracting(Annotation::annotatorId).doesNotHaveDuplicates();
      Task task = store.tasks().find(taskId).orElseThrow();
      boolean agree = annotations.stream().map(Annotation::label).distinct().count() == 1;
      assertThat(task.state()).isEqualTo(agree ? TaskState.RESOLVED : TaskState.NEEDS_REVIEW);
      assertThat(taskActions(taskId)).containsExactly("created", "created->assigned", "assigned->submitted",
          agree ? "submitted->resolved" : "submitted->needs_review");
    }
    assertThat(store.tasks().annotationCount(f.project.id())).isEqualTo((long) TASKS * OVERLAP + claims.stream()
        .filter(c -> c[2] == 1).count());
  }
}
