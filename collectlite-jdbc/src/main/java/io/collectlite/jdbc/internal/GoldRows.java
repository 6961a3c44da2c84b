package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.gold.GoldCheck;
import io.collectlite.gold.GoldLine;
import io.collectlite.gold.GoldReport;
import io.collectlite.gold.GoldSource;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The gold_labels table. Making a task gold takes it out of the normal flow: its gold answer is
 * its final label (consensus method {@code gold}), and it is served to annotators only as a probe.
 */
final class GoldRows {
  private static final String FIND = "SELECT t.id FROM tasks t JOIN source_examples e ON e.id = t.source_example_id "
      + "WHERE e.project_id = :project AND e.example_id = :example";
  private static final String LABELS = "SELECT t.review_label, g.label FROM tasks t "
      + "LEFT JOIN gold_labels g ON g.task_id = t.id WHERE t.id = :id";
  private static final String UPSERT = "INSERT INTO gold_labels (task_id, project_id, label, answers, source, "
      + "created_by, created_at) VALUES (:task, :project, :label, :answers, :source, :actor, :now) "
      + "ON CONFLICT (task_id) DO UPDATE SET label = excluded.label, answers = excluded.answers, "
      + "source = excluded.source, created_by = excluded.created_by, created_at = excluded.created_at";
  private static final String MARK = "UPDATE tasks SET gold_label = :label, consensus_label = :label, "
      + "consensus_score = 1, consensus_method = 'gold', updated_at = :now WHERE id = :id";
  private static final String CHECKS = "SELECT n.task_id, n.annotator_id, u.name, n.label, g.label AS gold "
      + "FROM annotations n JOIN gold_labels g ON g.task_id = n.task_id JOIN users u ON u.id = n.annotator_id "
      + "WHERE g.project_id = :project ORDER BY n.annotator_id, n.task_id";

  private GoldRows() {}

  /** Rolled back by the caller when strict and anything was refused. */
  static GoldReport add(Handle h, Dialect dialect, long projectId, List<GoldLine> lines, GoldSource source,
      Optional<Long> actor, Instant now) {
    List<Problem> refused = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    for (GoldLine line : lines) {
      Optional<Long> task = h.createQuery(FIND).bind("project", projectId).bind("example", line.exampleId())
          .mapTo(Long.class).findOne();
      if (task.isEmpty()) {
        refused.add(new Problem(line.line(), "example_id", "no task for example '" + line.exampleId()
            + "' (upload the row and generate tasks first)"));
      } else {
        found.add(new Found(task.get(), line));
      }
    }
    // task rows locked in id order, the order every multi-task writer uses
    found.sort(Comparator.comparingLong(Found::taskId));
    int added = 0;
    int replaced = 0;
    long previous = -1;
    for (Found f : found) {
      if (f.taskId() == previous) {
        refused.add(new Problem(f.line().line(), "example_id", "example '" + f.line().exampleId()
            + "' appears twice in the gold file"));
        continue;
      }
      previous = f.taskId();
      Marked marked = mark(h, dialect, f.taskId(), f.line(), source, actor, now);
      if (marked.problem().isPresent()) {
        refused.add(new Problem(f.line().line(), "label", marked.problem().get()));
      } else if (marked.replaced()) {
        replaced++;
      } else {
        added++;
      }
    }
    refused.sort(Comparator.comparingInt(Problem::line));
    return new GoldReport(added, replaced, refused);
  }

  /** What marking one task did: why it could not, or whether it replaced an earlier gold answer. */
  record Marked(Optional<String> problem, boolean replaced) {
    static Marked refused(String why) {
      return new Marked(Optional.of(why), false);
    }
  }

  /** Marks one task gold. */
  static Marked mark(Handle h, Dialect dialect, long taskId, GoldLine line, GoldSource source,
      Optional<Long> actor, Instant now) {
    TaskRows.Locked locked = TaskRows.lock(h, dialect, taskId);
    long projectId = locked.projectId();
    Row row = h.createQuery(LABELS).bind("id", taskId)
        .map((rs, ctx) -> new Row(locked.state(), locked.activeCount(), locked.submittedCount(),
            Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2))))
        .one();
    TaskState target = row.state();
    if (row.state().isOpenForAnnotation()) {
      if (row.active() + row.submitted() > 0) {
        return Marked.refused("annotators are labelling the task of example '" + line.exampleId() + "' ("
            + row.submitted() + " of its annotations in); make it gold once it is resolved");
      }
      target = TaskState.RESOLVED;
    } else if (row.state() == TaskState.NEEDS_REVIEW) {
      target = TaskState.RESOLVED;
    } else if (row.state() == TaskState.SUBMITTED) {
      return Marked.refused("task of example '" + line.exampleId() + "' is being decided; try again");
    }
    if (row.reviewLabel().isPresent() && !row.reviewLabel().get().equals(line.label())) {
      return Marked.refused("a reviewer resolved example '" + line.exampleId() + "' as '" + row.reviewLabel().get()
          + "', not '" + line.label() + "'; send it back to review to settle it");
    }
    h.createUpdate(UPSERT).bind("task", taskId).bind("project", projectId).bind("label", line.label())
        .bind("answers", line.answers()).bind("source", source.wire()).bind("actor", actor.orElse(null))
        .bind("now", now).execute();
    h.createUpdate(MARK).bind("label", line.label()).bind("now", now).bind("id", taskId).execute();
    String detail = "gold " + line.label() + " (" + source.wire() + ")";
    if (target != row.state()) {
      TaskRows.move(h, taskId, projectId, row.state(), target, actor, detail, now);
    } else {
      JdbcAuditLog.record(h, projectId, "task", taskId, row.gold().isPresent() ? "gold changed" : "gold", actor,
          detail, now);
    }
    return new Marked(Optional.empty(), row.gold().isPresent());
  }

  static List<GoldCheck> checks(Handle h, long projectId) {
    return h.createQuery(CHECKS).bind("project", projectId)
        .map((rs, ctx) -> new GoldCheck(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5)))
        .list();
  }

  static List<io.collectlite.gold.GoldTally> tallies(Handle h, long projectId) {
    return h.createQuery("SELECT n.annotator_id, u.name, sum(CASE WHEN n.label = g.label THEN 1 ELSE 0 END), count(*) "
            + "FROM annotations n JOIN gold_labels g ON g.task_id = n.task_id JOIN users u ON u.id = n.annotator_id "
            + "WHERE g.project_id = :project GROUP BY n.annotator_id, u.name ORDER BY n.annotator_id")
        .bind("project", projectId)
        .map((rs, ctx) -> new io.collectlite.gold.GoldTally(rs.getLong(1), rs.getString(2), rs.getLong(3),
            rs.getLong(4)))
        .list();
  }

  /** Whether the task has a gold answer. */
  static boolean isGold(Handle h, long taskId) {
    return h.createQuery("SELECT count(*) FROM gold_labels WHERE task_id = :task").bind("task", taskId)
        .mapTo(Long.class).one() > 0;
  }

  static long count(Handle h, long projectId) {
    return h.createQuery("SELECT count(*) FROM gold_labels WHERE project_id = :project").bind("project", projectId)
        .mapTo(Long.class).one();
  }

  private record Found(long taskId, GoldLine line) {}

  private record Row(TaskState state, int active, int submitted, Optional<String> reviewLabel,
      Optional<String> gold) {}
}
