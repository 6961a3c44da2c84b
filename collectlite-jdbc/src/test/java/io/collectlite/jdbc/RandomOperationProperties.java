package io.collectlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.CollectLite;
import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.audit.AuditEvent;
import io.collectlite.error.ConflictException;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.store.MutableClock;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskLifecycle;
import io.collectlite.task.TaskState;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.annotation.Confidence;
import io.collectlite.store.Store;
import io.collectlite.ingest.UploadMode;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Drives random sequences of real operations — claim, submit, skip, time passing, review, export —
 * — and consensus recomputes, model predictions and days passing — through the facade on a real store and
 * checks the lifecycle's invariants after every step, and that the dashboard's kept counts equal a recount of
 * the rows.
 */
class RandomOperationProperties {
  private static final List<String> LABELS = List.of("irrelevant", "partially_relevant", "highly_relevant");
  private static final Duration LEASE = Duration.ofMinutes(10);

  sealed interface Op permits ClaimOp, SubmitOp, SkipOp, Wait, ReviewOp, ExportOp, RecomputeOp, PredictOp {}

  record ClaimOp(int annotator) implements Op {}

  record SubmitOp(int annotator, int label) implements Op {}

  record SkipOp(int annotator) implements Op {}

  record Wait(int minutes) implements Op {}

  record ReviewOp(int label) implements Op {}

  record ExportOp() implements Op {}

  record RecomputeOp() implements Op {}

  /** A model prediction imported for one example. */
  record PredictOp(int row, int label) implements Op {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> who = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> label = Arbitraries.integers().between(0, 2);
    Arbitrary<Op> op = Arbitraries.frequencyOf(List.of(
        weighted(6, who.map(ClaimOp::new)),
        weighted(6, Combinators.combine(who, label).as(SubmitOp::new)),
        weighted(1, who.map(SkipOp::new)),
        weighted(1, Arbitraries.integers().between(1, 15).map(Wait::new)),
        weighted(1, Arbitraries.just(new Wait(20 * 60))),
        weighted(1, Arbitraries.just(new RecomputeOp())),
        weighted(2, Combinators.combine(Arbitraries.integers().between(0, 5), label).as(PredictOp::new)),
        weighted(2, label.map(ReviewOp::new)),
        weighted(1, Arbitraries.just(new ExportOp()))));
    return op.list().ofMinSize(5).ofMaxSize(60);
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<Op>> weighted(int weight, Arbitrary<? extends Op> a) {
    return net.jqwik.api.Tuple.of(weight, a.map(o -> (Op) o));
  }

  @Property(tries = 40)
  void randomOperationSequencesKeepEveryInvariant(@ForAll("operations") List<Op> ops,
      @ForAll @IntRange(min = 1, max = 3) int overlap, @ForAll @IntRange(min = 1, max = 6) int rows) throws Exception {
    Path dir = Files.createTempDirectory("collectlite-prop");
    Path file = dir.resolve("p.db");
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      run(JdbcStores.sqlite(file), raw, dir, ops, overlap, rows);
    }
  }

  /** Fewer tries on PostgreSQL, whose triggers keep the dashboard's counts differently (signed rows, folded). */
  @Property(tries = 8)
  void randomOperationSequencesKeepEveryInvariantOnPostgres(@ForAll("operations") List<Op> ops,
      @ForAll @IntRange(min = 1, max = 3) int overlap, @ForAll @IntRange(min = 1, max = 6) int rows) throws Exception {
    Path dir = Files.createTempDirectory("collectlite-prop");
    Store store = TestPostgres.scratchStore();
    try (Connection raw = TestPostgres.connect(store)) {
      run(store, raw, dir, ops, overlap, rows);
    }
  }

  private static void run(Store store, Connection raw, Path dir, List<Op> ops, int overlap, int rows) throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (CollectLite lite = CollectLite.builder().store(store).clock(clock).lease(LEASE)
        .exportDirectory(dir.resolve("exports")).build()) {
      World w = new World(lite, clock, raw, overlap, rows);
      for (Op op : ops) {
        w.apply(op);
        w.checkInvariants();
      }
      w.drain();
    }
  }

  /** The project under test and what the test knows about it. */
  private static final class World {
    private final CollectLite lite;
    private final MutableClock clock;
    private final User owner;
    private final User reviewer;
    private final List<User> annotators = new ArrayList<>();
    private final Project project;
    private final Map<Integer, Claim> held = new HashMap<>();
    private final Map<Integer, Set<Long>> everClaimed = new HashMap<>();
    private final Map<Integer, Set<Long>> lapsed = new HashMap<>();
    private final Map<Integer, Set<Long>> skipped = new HashMap<>();
    private final List<Long> taskIds;
    private final Connection raw;
    private final int rows;
    private int submits;

    World(CollectLite lite, MutableClock clock, Connection raw, int overlap, int rows) {
      this.lite = lite;
      this.clock = clock;
      this.raw = raw;
      this.rows = rows;
      owner = lite.createUser("owner").user();
      reviewer = lite.createUser("reviewer").user();
      project = lite.createProject(owner, NewProject.relevance("p", "grade").withOverlap(overlap).withSeed(1));
      for (int i = 0; i < 3; i++) {
        User a = lite.createUser("annotator" + i).user();
        lite.putMember(owner, project.id(), a.id(), Role.ANNOTATOR);
        annotators.add(a);
        everClaimed.put(i, new HashSet<>());
        lapsed.put(i, new HashSet<>());
        skipped.put(i, new HashSet<>());
      }
      lite.putMember(owner, project.id(), reviewer.id(), Role.REVIEWER);
      String file = IntStream.range(0, rows)
          .mapToObj(i -> "{\"id\":\"e" + i + "\",\"query\":\"q" + i + "\",\"document\":\"d" + i + "\"}")
          .collect(Collectors.joining("\n"));
      lite.upload(owner, project.id(), "rows.jsonl", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
      assertThat(lite.generateTasks(owner, project.id())).isEqualTo(rows);
      taskIds = lite.store().audit().recent(project.id(), 10_000).stream()
          .filter(e -> e.entity().equals("task")).map(AuditEvent::entityId).distinct().sorted().toList();
      assertThat(taskIds).hasSize(rows);
    }

    void apply(Op op) {
      if (op instanceof ClaimOp c) {
        claim(c.annotator());
      } else if (op instanceof SubmitOp s) {
        submit(s.annotator(), s.label());
      } else if (op instanceof SkipOp s) {
        skip(s.annotator());
      } else if (op instanceof Wait wait) {
        clock.advance(Duration.ofMinutes(wait.minutes()));
      } else if (op instanceof ReviewOp r) {
        review(r.label());
      } else if (op instanceof RecomputeOp) {
        lite.recomputeConsensus(owner, project.id());
      } else if (op instanceof PredictOp p) {
        predict(p.row(), p.label());
      } else {
        export();
      }
    }

    private void claim(int i) {
      if (held.containsKey(i) && held.get(i).leaseExpiresAt().isAfter(clock.instant())) return;
      Claim before = held.remove(i);
      if (before != null) lapsed.get(i).add(before.taskId());
      Optional<Claim> claim = lite.claimNext(annotators.get(i), project.id());
      claim.ifPresent(c -> {
        boolean fresh = everClaimed.get(i).add(c.taskId());
        // a task comes back to an annotator only when they let its lease lapse without labelling it
        assertThat(fresh || lapsed.get(i).remove(c.taskId()))
            .as("annotator %d got task %d twice", i, c.taskId()).isTrue();
        assertThat(c.leaseExpiresAt()).isEqualTo(clock.instant().plus(LEASE));
        held.put(i, c);
      });
    }

    private void submit(int i, int label) {
      Claim c = held.remove(i);
      if (c == null) return;
      boolean expired = !c.leaseExpiresAt().isAfter(clock.instant());
      try {
        lite.submit(annotators.get(i), c.taskId(), new AnnotationInput(TextNode.valueOf(LABELS.get(label)),
            Confidence.MEDIUM, "", 700L * i + 37L * (++submits % 11), Optional.empty()));
        assertThat(expired).as("a submit after the lease ran out must be refused").isFalse();
      } catch (ConflictException e) {
        assertThat(expired).as("only an expired lease refuses a first submit: %s", e.getMessage()).isTrue();
        lapsed.get(i).add(c.taskId());
      }
    }

    private void skip(int i) {
      Claim c = held.remove(i);
      if (c == null) return;
      if (c.leaseExpiresAt().isAfter(clock.instant())) {
        lite.skip(annotators.get(i), c.taskId());
        skipped.get(i).add(c.taskId());
      } else {
        lapsed.get(i).add(c.taskId());
      }
    }

    /**
     * Every annotator labels until the queue is empty; then a task may stay open only when too few
     * annotators are left who have not skipped it: nothing is ever stranded by an expired lease.
     */
    void drain() {
      clock.advance(LEASE.multipliedBy(2));
      held.clear();
      for (int i = 0; i < annotators.size(); i++) {
        for (Optional<Claim> c = lite.claimNext(annotators.get(i), project.id()); c.isPresent();
            c = lite.claimNext(annotators.get(i), project.id())) {
          lite.submit(annotators.get(i), c.get().taskId(), AnnotationInput.of(LABELS.get(0)));
        }
      }
      for (long id : taskIds) {
        Task t = task(id);
        if (!t.state().isOpenForAnnotation()) continue;
        long labelled = lite.store().tasks().annotations(id).size();
        long eligible = IntStream.range(0, annotators.size()).filter(i -> !skipped.get(i).contains(id)).count() - labelled;
        assertThat(labelled + eligible).as("task %d was stranded open", id).isLessThan(t.requiredAnnotations());
      }
      checkInvariants();
    }

    private void review(int label) {
      var queue = lite.reviewQueue(reviewer, project.id());
      if (queue.isEmpty()) return;
      long taskId = queue.get(0).task().id();
      lite.resolve(reviewer, taskId, LABELS.get(label), "decided");
      assertThat(task(taskId).state()).isEqualTo(TaskState.RESOLVED);
    }

    private void export() {
      long withFinalLabel = taskIds.stream().map(this::task).filter(t -> t.state().hasFinalLabel()).count();
      ExportInfo info = lite.export(owner, project.id(), ExportFormat.JSONL);
      assertThat(info.recordCount()).isEqualTo(withFinalLabel);
      assertThat(taskIds.stream().map(this::task).filter(t -> t.state() == TaskState.RESOLVED)).isEmpty();
    }

    private void predict(int row, int label) {
      if (row >= rows) return;
      String line = "{\"example_id\":\"e" + row + "\",\"model\":\"ranker\",\"label\":\"" + LABELS.get(label)
          + "\"}\n";
      lite.importLabels(owner, project.id(), "model.jsonl",
          new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), UploadMode.STRICT);
    }

    private Task task(long id) {
      return lite.store().tasks().find(id).orElseThrow();
    }

    void checkInvariants() {
      for (long id : taskIds) {
        Task t = task(id);
        List<Annotation> annotations = lite.store().tasks().annotations(id);
        assertThat(annotations.size()).as("task %d exceeds its overlap", id).isLessThanOrEqualTo(t.requiredAnnotations());
        assertThat(annotations.stream().map(Annotation::annotatorId).distinct().count())
            .as("an annotator labelled task %d twice", id).isEqualTo(annotations.size());
        if (annotations.size() == t.requiredAnnotations()) {
          assertThat(t.state()).isIn(TaskState.NEEDS_REVIEW, TaskState.RESOLVED, TaskState.EXPORTED);
        } else {
          assertThat(t.state().isOpenForAnnotation()).as("task %d is %s with %d annotations", id, t.state(),
              annotations.size()).isTrue();
        }
        assertTrailIsLegal(t);
      }
      try {
        assertThat(Recount.describe(lite.store().metrics().counts(project.id())))
            .as("the kept dashboard counts equal a recount of the rows")
            .isEqualTo(Recount.of(raw, project.id()));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private void assertTrailIsLegal(Task t) {
      TaskState state = TaskState.CREATED;
      for (AuditEvent e : lite.store().audit().forEntity("task", t.id())) {
        String[] move = e.action().split("->");
        if (move.length != 2) continue;
        TaskState from = TaskState.fromWire(move[0]);
        TaskState to = TaskState.fromWire(move[1]);
        assertThat(from).as("audit trail of task %d is continuous", t.id()).isEqualTo(state);
        assertThat(TaskLifecycle.allows(from, to)).as("task %d moved %s", t.id(), e.action()).isTrue();
        state = to;
      }
      assertThat(state).as("audit trail of task %d ends in its state", t.id()).isEqualTo(t.state());
    }
  }
}
