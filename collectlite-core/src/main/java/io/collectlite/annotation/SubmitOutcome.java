package io.collectlite.annotation;

import io.collectlite.task.TaskState;
import java.util.Objects;

/**
 * What a submit did.
 *
 * @param taskState the task's state right after the annotation was stored
 * @param replayed true when an earlier submit with the same idempotency key is returned
 */
public record SubmitOutcome(Annotation annotation, TaskState taskState, boolean replayed) {
  public SubmitOutcome {
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(taskState, "taskState");
  }
}
