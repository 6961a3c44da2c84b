package io.collectlite.task;

import static io.collectlite.task.TaskState.ASSIGNED;
import static io.collectlite.task.TaskState.CREATED;
import static io.collectlite.task.TaskState.EXPORTED;
import static io.collectlite.task.TaskState.NEEDS_REVIEW;
import static io.collectlite.task.TaskState.RESOLVED;
import static io.collectlite.task.TaskState.SUBMITTED;
import static io.collectlite.task.TaskState.SUGGESTED;

import io.collectlite.error.ConflictException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of legal task transitions. Every state change in every store goes through
 * {@link #require}; an illegal move is an error, never a silent no-op.
 */
public final class TaskLifecycle {
  private static final Map<TaskState, Set<TaskState>> NEXT = new EnumMap<>(TaskState.class);

  static {
    // a task nobody is labelling can be made gold: its known answer resolves it (open -> resolved)
    NEXT.put(CREATED, EnumSet.of(SUGGESTED, ASSIGNED, RESOLVED));
    NEXT.put(SUGGESTED, EnumSet.of(ASSIGNED, RESOLVED));
    // the last open slot of an assigned task can be filled: it moves to submitted
    NEXT.put(ASSIGNED, EnumSet.of(SUBMITTED, RESOLVED));
    NEXT.put(SUBMITTED, EnumSet.of(NEEDS_REVIEW, RESOLVED));
    NEXT.put(NEEDS_REVIEW, EnumSet.of(RESOLVED));
    // an owner may send a resolved or exported task back to review; re-resolving exports it again
    NEXT.put(RESOLVED, EnumSet.of(EXPORTED, NEEDS_REVIEW));
    NEXT.put(EXPORTED, EnumSet.of(NEEDS_REVIEW));
  }

  private TaskLifecycle() {}

  /** Whether a task may move from one state to the other. */
  public static boolean allows(TaskState from, TaskState to) {
    return NEXT.get(from).contains(to);
  }

  /** The states a task may move to from {@code from}. */
  public static Set<TaskState> next(TaskState from) {
    return Set.copyOf(NEXT.get(from));
  }

  /** Throws {@link ConflictException} unless the move is legal. */
  public static void require(long taskId, TaskState from, TaskState to) {
    if (!allows(from, to)) {
      throw new ConflictException("task " + taskId + " cannot move from " + from.wire() + " to " + to.wire());
    }
  }
}
