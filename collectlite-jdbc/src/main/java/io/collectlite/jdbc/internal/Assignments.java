package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.task.AssignmentStatus;
import io.collectlite.task.Claim;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The assignments table and the task counters it drives: claim, skip and lease expiry.
 *
 * <p>Lock order, everywhere: the claiming member's row and their own active assignment, then
 * assignment rows before task rows, and task rows in id order. Expiry
 * takes its assignment rows with SKIP LOCKED, and the claim takes its task row with SKIP LOCKED,
 * so neither ever waits on another claim. An import takes its task and assignment rows with SKIP
 * LOCKED too, and refuses the line when another transaction holds either: it holds the locks of all
 * its earlier lines, so waiting could close a cycle with a submit.
 */
final class Assignments {
  private static final String EXPIRE = "UPDATE assignments SET status = 'expired', finished_at = :now "
      + "WHERE id IN (SELECT id FROM assignments WHERE project_id = :project AND status = 'active' "
      + "AND lease_expires_at <= :now%s) RETURNING id, task_id, annotator_id, kind";
  // The overlap check reads the counters on the task row itself: under FOR UPDATE, PostgreSQL
  // re-evaluates this WHERE on the newest version of a row it had to wait for, which a count(*)
  // over assignments would not be.
  // "LIMIT 1 OFFSET 0" keeps the NOT EXISTS a per-candidate probe of assignments_task_annotator
  // (PostgreSQL does not flatten a sub-select with an OFFSET into a join). Flattened, it became an
  // anti join whose inner side was a sequential scan of the project's whole assignments table on
  // every claim (the LIMIT 1 made the planner count that scan as nearly free), so each claim cost
  // grew with every annotation ever made: bench/claim.sh showed it (EXPLAIN of the claim).
  private static final String NEXT = "SELECT t.id, t.state FROM tasks t WHERE t.project_id = :project "
      + "AND t.state IN ('created', 'suggested', 'assigned') "
      + "AND t.active_count + t.submitted_count < t.required_annotations "
      + "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND a.annotator_id = :annotator "
      + "LIMIT 1 OFFSET 0) "
      + "ORDER BY t.priority DESC, t.id LIMIT 1%s";
  // When no fresh task is left, an annotator gets back a task whose lease they let lapse without
  // labelling it (a closed tab, a lunch break): otherwise, with as many annotators as the overlap,
  // that task could never be finished. A skip is a decision and is never handed back.
  // driven from the annotator's lapsed assignments (index assignments_lapsed), not from the queue
  private static final String RECLAIM = "SELECT t.id, t.state, a.id FROM assignments a JOIN tasks t "
      + "ON t.id = a.task_id WHERE a.project_id = :project AND a.annotator_id = :annotator "
      + "AND a.status = 'expired' AND t.state IN ('created', 'suggested', 'assigned') "
      + "AND t.active_count + t.submitted_count < t.required_annotations "
      + "ORDER BY t.priority DESC, t.id LIMIT 1%s";
  private static final String RENEW = "UPDATE assignments SET status = 'active', claimed_at = :now, "
      + "lease_expires_at = :lease, finished_at = NULL WHERE id = :id";
  private static final String INSERT = "INSERT INTO assignments (task_id, project_id, annotator_id, status, "
      + "claimed_at, lease_expires_at, suggestions_shown) VALUES (:task, :project, :annotator, 'active', :now, "
      + ":lease, :shown) RETURNING id";
  private static final String HOLD = "UPDATE tasks SET active_count = active_count + 1, updated_at = :now "
      + "WHERE id = :id";
  private static final String RELEASE = "UPDATE tasks SET active_count = active_count - 1, updated_at = :now "
      + "WHERE id = :id";
  static final String CLAIM = "SELECT a.id AS assignment_id, t.id AS task_id, t.project_id, e.example_id, "
      + "e.fields_json, t.template_version, a.lease_expires_at, "
      + "coalesce(a.suggestions_shown, TRUE) AS suggestions_shown FROM assignments a "
      + "JOIN tasks t ON t.id = a.task_id JOIN source_examples e ON e.id = t.source_example_id WHERE a.id = :id";
  private static final String MEMBER = "SELECT 1 FROM project_members WHERE project_id = :project "
      + "AND user_id = :annotator%s";
  // the annotator's one active assignment in the project (index assignments_one_live keeps it to one),
  // live or lapsed
  private static final String HELD = "SELECT id, task_id, lease_expires_at > :now FROM assignments "
      + "WHERE project_id = :project AND annotator_id = :annotator AND status = 'active'%s";
  private static final String EXTEND = "UPDATE assignments SET lease_expires_at = :lease WHERE id = :id";
  private static final String MINE = "SELECT id, status, lease_expires_at, kind FROM assignments "
      + "WHERE task_id = :task AND annotator_id = :annotator";

  private Assignments() {}

  /** One annotator's assignment on one task, as read (and locked) for a skip or submit. */
  record Held(long id, AssignmentStatus status, Instant leaseExpiresAt, boolean gold) {}

  /** Releases every expired lease of the project: assignment expired, slot returned to its task. */
  static int expireLeases(Handle h, Dialect dialect, long projectId, Instant now) {
    List<Expired> expired = h.createQuery(EXPIRE.formatted(dialect.forUpdateSkipLocked()))
        .bind("project", projectId).bind("now", now)
        .map((rs, ctx) -> new Expired(rs.getLong(1), rs.getLong(2), rs.getLong(3), "gold".equals(rs.getString(4))))
        .list();
    if (expired.isEmpty()) return 0;
    // a gold probe never held a slot of its task's overlap
    long[] slots = expired.stream().filter(e -> !e.gold()).mapToLong(Expired::taskId).sorted().toArray();
    if (slots.length > 0) {
      PreparedBatch release = h.prepareBatch(RELEASE);
      for (long task : slots) release.bind("id", task).bind("now", now).add();
      release.execute();
    }
    for (Expired e : expired) {
      JdbcAuditLog.record(h, projectId, "assignment", e.id(), "active->expired", Optional.empty(),
          "task " + e.taskId() + ", annotator " + e.annotatorId(), now);
    }
    return expired.size();
  }

  private record Expired(long id, long taskId, long annotatorId, boolean gold) {}

  /**
   * Claims the next task for the annotator in the caller's transaction: their live lease in the
   * project when they hold one (resumed, its lease renewed), else a new one.
   */
  static Optional<Claim> claim(Handle h, Dialect dialect, long projectId, long annotatorId, Instant now,
      Instant leaseEnd, boolean offerGold, boolean showSuggestions) {
    Optional<Own> own = lockOwn(h, dialect, projectId, annotatorId, now);
    if (own.isPresent()) return Optional.of(resume(h, projectId, annotatorId, own.get(), now, leaseEnd));
    expireLeases(h, dialect, projectId, now);
    Optional<Candidate> next = h.createQuery(NEXT.formatted(dialect.forUpdateSkipLocked()))
        .bind("project", projectId).bind("annotator", annotatorId)
        .map((rs, ctx) -> new Candidate(rs.getLong(1), TaskState.fromWire(rs.getString(2)), 0)).findOne();
    if (next.isEmpty()) {
      next = h.createQuery(RECLAIM.formatted(dialect.forUpdateSkipLocked()))
          .bind("project", projectId).bind("annotator", annotatorId)
          .map((rs, ctx) -> new Candidate(rs.getLong(1), TaskState.fromWire(rs.getString(2)), rs.getLong(3)))
          .findOne();
    }
    if (next.isEmpty()) return Optional.empty();
    // gold is mixed into real work: an annotator with nothing left to label is not kept busy on gold
    Optional<Claim> probe = offerGold ? GoldProbes.tryServe(h, projectId, annotatorId, now, leaseEnd,
        showSuggestions)
        : Optional.empty();
    if (probe.isPresent()) return probe;
    Candidate task = next.get();
    long assignment = task.lapsedAssignment();
    if (assignment == 0) {
      assignment = h.createQuery(INSERT).bind("task", task.id()).bind("project", projectId)
          .bind("annotator", annotatorId).bind("now", now).bind("lease", leaseEnd).bind("shown", showSuggestions)
          .mapTo(Long.class).one();
    } else {
      // the annotator's first draw stands: they may already have seen suggestions under this assignment
      h.createUpdate(RENEW).bind("id", assignment).bind("now", now).bind("lease", leaseEnd).execute();
    }
    h.createUpdate(HOLD).bind("id", task.id()).bind("now", now).execute();
    JdbcAuditLog.record(h, projectId, "assignment", assignment, task.lapsedAssignment() == 0 ? "claimed" : "expired->active",
        Optional.of(annotatorId), "task " + task.id(), now);
    if (task.state() != TaskState.ASSIGNED) {
      TaskRows.move(h, task.id(), projectId, task.state(), TaskState.ASSIGNED, Optional.of(annotatorId), "", now);
    }
    return Optional.of(h.createQuery(CLAIM).bind("id", assignment).mapTo(Claim.class).one());
  }

  /**
   * Takes the annotator's own locks first, before any task row: their membership row (one
   * annotator's claims, tabs and devices, queue there, so the second sees the lease the first took),
   * then their active assignment in the project, whatever its lease; returns it when its lease still
   * runs. A lapsed one stays locked for the caller's sweep ({@link #expireLeases}) to expire. Locking
   * their own row before any sweep or task row means a claim never waits for it while holding a task
   * row another claim's sweep wants.
   */
  private static Optional<Own> lockOwn(Handle h, Dialect dialect, long projectId, long annotatorId, Instant now) {
    h.createQuery(MEMBER.formatted(dialect.forUpdate())).bind("project", projectId).bind("annotator", annotatorId)
        .mapTo(Integer.class).findOne();
    Optional<Own> own = h.createQuery(HELD.formatted(dialect.forUpdate()))
        .bind("project", projectId).bind("annotator", annotatorId).bind("now", now)
        .map((rs, ctx) -> new Own(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).findFirst();
    return own.filter(Own::live);
  }

  /** The annotator's active assignment in a project: its id, task and whether its lease still runs. */
  private record Own(long id, long taskId, boolean live) {}

  /**
   * Renews the annotator's live lease until {@code leaseEnd} and hands its task back: a reload, a
   * second tab or an answer lost on the way returns the task they hold instead of stranding it.
   */
  private static Claim resume(Handle h, long projectId, long annotatorId, Own own, Instant now, Instant leaseEnd) {
    h.createUpdate(EXTEND).bind("id", own.id()).bind("lease", leaseEnd).execute();
    JdbcAuditLog.record(h, projectId, "assignment", own.id(), "resumed", Optional.of(annotatorId),
        "task " + own.taskId() + ", lease until " + leaseEnd, now);
    return h.createQuery(CLAIM).bind("id", own.id()).mapTo(Claim.class).one();
  }

  /**
   * Takes back the annotator's skip of a task: their skipped assignment is active again under a new
   * lease, and the lease they hold now in the project (the task the workbench moved on to) lapses,
   * so they still hold one. Refused while the task no longer waits for annotations or others have
   * filled the slot since.
   */
  static Claim undoSkip(Handle h, Dialect dialect, long taskId, long annotatorId, Instant now, Instant leaseEnd) {
    long projectId = h.createQuery("SELECT project_id FROM tasks WHERE id = :id").bind("id", taskId)
        .mapTo(Long.class).findOne()
        .orElseThrow(() -> new io.collectlite.error.NotFoundException("task " + taskId + " does not exist"));
    Optional<Held> live = lockOwn(h, dialect, projectId, annotatorId, now)
        .flatMap(own -> own.taskId() == taskId ? Optional.empty() : lockAny(h, dialect, own.taskId(), annotatorId));
    expireLeases(h, dialect, projectId, now); // the caller's lapsed lease, and slots others let lapse, are freed
    Held skipped = mine(h, dialect, taskId, annotatorId);
    if (skipped.status() != AssignmentStatus.SKIPPED) {
      throw new ConflictException("you did not skip task " + taskId + ": your assignment on it is "
          + skipped.status().wire());
    }
    // both task rows in id order, as everywhere
    Map<Long, OpenTask> tasks = new java.util.TreeMap<>();
    h.createQuery("SELECT id, state, active_count + submitted_count < required_annotations FROM tasks "
            + "WHERE id IN (<ids>) ORDER BY id" + dialect.forUpdate())
        .bindList("ids", live.map(held -> List.of(taskId, taskOf(h, held))).orElse(List.of(taskId)))
        .map((rs, ctx) -> Map.entry(rs.getLong(1), new OpenTask(TaskState.fromWire(rs.getString(2)), rs.getBoolean(3))))
        .forEach(row -> tasks.put(row.getKey(), row.getValue()));
    OpenTask task = tasks.get(taskId);
    // a gold probe is resolved and never held a slot: its skip is undone like any other, or the
    // answer would tell the annotator it was gold
    if (!skipped.gold() && !task.state().isOpenForAnnotation()) {
      throw new ConflictException("task " + taskId + " is " + task.state().wire()
          + " now: a skip can only be undone while the task waits for annotations");
    }
    if (!skipped.gold() && !task.hasRoom()) {
      throw new ConflictException("task " + taskId + " has all its annotators since you skipped it");
    }
    if (live.isPresent()) lapse(h, projectId, live.get(), annotatorId, now);
    h.createUpdate(RENEW).bind("id", skipped.id()).bind("now", now).bind("lease", leaseEnd).execute();
    if (!skipped.gold()) h.createUpdate(HOLD).bind("id", taskId).bind("now", now).execute();
    JdbcAuditLog.record(h, projectId, "assignment", skipped.id(), "skipped->active", Optional.of(annotatorId),
        "task " + taskId + ", skip undone", now);
    if (!skipped.gold() && task.state() != TaskState.ASSIGNED) {
      TaskRows.move(h, taskId, projectId, task.state(), TaskState.ASSIGNED, Optional.of(annotatorId), "", now);
    }
    return h.createQuery(CLAIM).bind("id", skipped.id()).mapTo(Claim.class).one();
  }

  private record OpenTask(TaskState state, boolean hasRoom) {}

  /** Lets a held lease lapse now, as if it had run out: its slot returns to the queue. */
  private static void lapse(Handle h, long projectId, Held held, long annotatorId, Instant now) {
    finish(h, held.id(), AssignmentStatus.EXPIRED, now);
    long heldTask = taskOf(h, held);
    if (!held.gold()) h.createUpdate(RELEASE).bind("id", heldTask).bind("now", now).execute();
    JdbcAuditLog.record(h, projectId, "assignment", held.id(), "active->expired", Optional.of(annotatorId),
        "task " + heldTask + ", released by an undone skip", now);
  }

  private static long taskOf(Handle h, Held held) {
    return h.createQuery("SELECT task_id FROM assignments WHERE id = :id").bind("id", held.id()).mapTo(Long.class).one();
  }

  /** A task a claim may take; {@code lapsedAssignment} is the annotator's expired assignment on it, or 0. */
  private record Candidate(long id, TaskState state, long lapsedAssignment) {}

  /** The annotator's assignment on the task, locked; forbidden when they never held it. */
  static Held mine(Handle h, Dialect dialect, long taskId, long annotatorId) {
    return lockAny(h, dialect, taskId, annotatorId)
        .orElseThrow(() -> new ForbiddenException("task " + taskId + " is not assigned to user " + annotatorId));
  }

  /** The annotator's assignment on the task in any status, locked; empty when they never held it. */
  static Optional<Held> lockAny(Handle h, Dialect dialect, long taskId, long annotatorId) {
    return select(h, taskId, annotatorId, dialect.forUpdate());
  }

  /**
   * The annotator's assignment on the task locked without waiting: {@code busy} when another
   * transaction holds it (a submit or skip under way), else the row or none.
   */
  static Probe tryLockAny(Handle h, Dialect dialect, long taskId, long annotatorId) {
    Optional<Held> held = select(h, taskId, annotatorId, dialect.forUpdateSkipLocked());
    boolean busy = held.isEmpty() && select(h, taskId, annotatorId, "").isPresent();
    return new Probe(held, busy);
  }

  /** What {@link #tryLockAny} found: the locked row, none, or a row another transaction holds. */
  record Probe(Optional<Held> held, boolean busy) {}

  private static Optional<Held> select(Handle h, long taskId, long annotatorId, String lockClause) {
    return h.createQuery(MINE + lockClause).bind("task", taskId).bind("annotator", annotatorId)
        .map((rs, ctx) -> new Held(rs.getLong(1),
            AssignmentStatus.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
            Micros.toInstant(rs.getLong(3)), "gold".equals(rs.getString(4))))
        .findOne();
  }

  /**
   * Records an imported annotation's assignment as submitted, claimed and finished when the
   * annotation was made: a new row, or the annotator's earlier unfinished one (active, skipped or
   * expired) finished now. Returns its id, or empty when a new row would repeat one another
   * transaction committed since {@code earlier} was read (nothing is written then); the caller keeps
   * the task's counters. With {@code gold} (the task is gold) the row is of kind gold, like a probe's:
   * scored against the gold answer, outside the task's overlap.
   */
  static Optional<Long> submitImported(Handle h, long projectId, long taskId, long annotatorId,
      Optional<Held> earlier, boolean gold, Instant madeAt, Instant now) {
    if (earlier.isPresent()) {
      finish(h, earlier.get().id(), AssignmentStatus.SUBMITTED, now);
      if (gold && !earlier.get().gold()) {
        h.createUpdate("UPDATE assignments SET kind = 'gold' WHERE id = :id").bind("id", earlier.get().id()).execute();
      }
      JdbcAuditLog.record(h, projectId, "assignment", earlier.get().id(),
          earlier.get().status().wire() + "->submitted", Optional.of(annotatorId), "task " + taskId + ", imported",
          now);
      return Optional.of(earlier.get().id());
    }
    // DO NOTHING rather than a unique violation, which would abort the whole import on PostgreSQL
    Optional<Long> id = h.createQuery("INSERT INTO assignments (task_id, project_id, annotator_id, status, "
            + "claimed_at, lease_expires_at, finished_at, kind) VALUES (:task, :project, :annotator, 'submitted', "
            + ":made, :made, :made, :kind) ON CONFLICT (task_id, annotator_id) DO NOTHING RETURNING id")
        .bind("task", taskId).bind("project", projectId).bind("annotator", annotatorId).bind("made", madeAt)
        .bind("kind", gold ? "gold" : "work").mapTo(Long.class).findOne();
    id.ifPresent(row -> JdbcAuditLog.record(h, projectId, "assignment", row, "imported", Optional.of(annotatorId),
        "task " + taskId + (gold ? ", gold" : ""), now));
    return id;
  }

  /** Throws a conflict unless the assignment is active and its lease runs past {@code now}. */
  static void requireLive(Held held, long taskId, Instant now) {
    if (held.status() != AssignmentStatus.ACTIVE) {
      throw new ConflictException("your assignment on task " + taskId + " is already " + held.status().wire());
    }
    if (!held.leaseExpiresAt().isAfter(now)) {
      throw new ConflictException("your lease on task " + taskId + " expired at " + held.leaseExpiresAt());
    }
  }

  /** Ends an active assignment ({@code skipped} or {@code submitted}); a skip also returns the slot. */
  static void finish(Handle h, long assignmentId, AssignmentStatus status, Instant now) {
    h.createUpdate("UPDATE assignments SET status = :status, finished_at = :now WHERE id = :id")
        .bind("status", status.wire()).bind("now", now).bind("id", assignmentId).execute();
  }

  static void skip(Handle h, Dialect dialect, long taskId, long annotatorId, Instant now) {
    Held held = mine(h, dialect, taskId, annotatorId);
    if (held.status() != AssignmentStatus.ACTIVE) {
      throw new ConflictException("your assignment on task " + taskId + " is already " + held.status().wire());
    }
    finish(h, held.id(), AssignmentStatus.SKIPPED, now);
    if (!held.gold()) h.createUpdate(RELEASE).bind("id", taskId).bind("now", now).execute();
    long projectId = h.createQuery("SELECT project_id FROM tasks WHERE id = :id").bind("id", taskId)
        .mapTo(Long.class).one();
    JdbcAuditLog.record(h, projectId, "assignment", held.id(), "active->skipped", Optional.of(annotatorId),
        "task " + taskId, now);
  }
}
