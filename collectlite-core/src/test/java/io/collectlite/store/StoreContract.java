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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The store contract suite: every {@link Store} adapter extends this class, implements
 * {@link #openStore()} and must pass every test of it and of its superclasses (users, projects,
 * ingest, queue, review, export, task types, imports, export options, dashboard), plus the concurrency
 * test here.
 */
public abstract class StoreContract extends ExportOptionsContract {
  private static final int THREADS = 16;
  private static final int ANNOTATORS = 4;
  private static final int TASKS = 200;
  private static final int OVERLAP = 2;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentClaimsNeverExceedOverlapNorRepeatAnAnnotatorAndFillEveryTask() throws Exception {
    StoreFixture f = new StoreFixture(app, ANNOTATORS, OVERLAP);
    f.tasks(TASKS);
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
            claims.add(new long[] {task, annotator.id()});
            // annotators agree on most tasks; on every fifth, each gives their own grade
            String label = task % 5 == 0 ? scale.get((int) (annotator.id() % scale.size())) : scale.get(2);
            app.submit(annotator, task, io.collectlite.annotation.AnnotationInput.of(label));
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
    for (long[] claim : claims) {
      assertThat(pairs.add(claim[0] + "/" + claim[1])).as("annotator %d got task %d twice", claim[1], claim[0])
          .isTrue();
      claimsPerTask.merge(claim[0], 1, Integer::sum);
    }
    assertThat(claimsPerTask).hasSize(TASKS).allSatisfy((task, n) -> assertThat(n).isEqualTo(OVERLAP));

    Map<TaskState, Long> byState = store.tasks().countByState(f.project.id());
    assertThat(byState.keySet()).containsOnly(TaskState.RESOLVED, TaskState.NEEDS_REVIEW);
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
    assertThat(store.tasks().annotationCount(f.project.id())).isEqualTo((long) TASKS * OVERLAP);
  }
}
