package io.collectlite.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.error.ConflictException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TaskLifecycleProperties {
  private static final Set<TaskState> OPEN = EnumSet.of(TaskState.CREATED, TaskState.SUGGESTED, TaskState.ASSIGNED);

  @Provide
  Arbitrary<List<TaskState>> attempts() {
    return Arbitraries.of(TaskState.class).list().ofMinSize(1).ofMaxSize(40);
  }

  /** Drives random attempted moves from {@code created}: legal ones happen, illegal ones throw and change nothing. */
  @Property(tries = 2000)
  void randomMovesNeverBreakTheLifecycle(@ForAll("attempts") List<TaskState> attempts) {
    TaskState state = TaskState.CREATED;
    List<TaskState> path = new ArrayList<>(List.of(state));
    for (TaskState target : attempts) {
      if (TaskLifecycle.allows(state, target)) {
        TaskLifecycle.require(1, state, target);
        state = target;
        path.add(state);
      } else {
        TaskState before = state;
        assertThatThrownBy(() -> TaskLifecycle.require(1, before, target)).isInstanceOf(ConflictException.class);
      }
    }
    assertInvariants(path);
  }

  private static void assertInvariants(List<TaskState> path) {
    boolean submittedSeen = false;
    for (int i = 0; i < path.size(); i++) {
      TaskState s = path.get(i);
      if (s == TaskState.SUBMITTED) submittedSeen = true;
      // once all annotations are in, a task never becomes claimable again
      if (submittedSeen) assertThat(OPEN).doesNotContain(s);
      // an exported task was resolved right before
      if (s == TaskState.EXPORTED) assertThat(path.get(i - 1)).isEqualTo(TaskState.RESOLVED);
      // a final label is only reached from consensus (submitted), a review, or a gold answer given
      // to a task nobody had labelled (open)
      if (s == TaskState.RESOLVED) {
        assertThat(path.get(i - 1)).isIn(TaskState.SUBMITTED, TaskState.NEEDS_REVIEW, TaskState.CREATED,
            TaskState.SUGGESTED, TaskState.ASSIGNED);
      }
      // the only way into review is through the quality engine or an owner's flag on a labelled task
      if (s == TaskState.NEEDS_REVIEW) {
        assertThat(path.get(i - 1)).isIn(TaskState.SUBMITTED, TaskState.RESOLVED, TaskState.EXPORTED);
      }
    }
  }

  @Property
  void noStateMovesToItself(@ForAll TaskState state) {
    assertThat(TaskLifecycle.allows(state, state)).isFalse();
  }

  @Test
  void everyStateIsReachableFromCreated() {
    Set<TaskState> seen = EnumSet.of(TaskState.CREATED);
    List<TaskState> frontier = new ArrayList<>(seen);
    while (!frontier.isEmpty()) {
      for (TaskState next : TaskLifecycle.next(frontier.remove(0))) {
        if (seen.add(next)) frontier.add(next);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(TaskState.values());
  }

  @Test
  void illegalMoveNamesBothStates() {
    assertThatThrownBy(() -> TaskLifecycle.require(42, TaskState.CREATED, TaskState.EXPORTED))
        .isInstanceOf(ConflictException.class)
        .hasMessage("task 42 cannot move from created to exported");
  }
}
