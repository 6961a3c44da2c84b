package io.collectlite.annotation;

import io.collectlite.task.TaskState;
import java.util.Objects;

/**
 * What a submit did.
 *
 * @param taskState the task's state right after the annotation was stored
 * @param replayed true when an earlier submit with the same idempotency key is returned
 * @param goldLabel the gold answer when the task was a gold probe (for the quality engine; never
 *     shown to the annotator)
 */
public record SubmitOutcome(Annotation annotation, TaskState taskState, boolean replayed,
    java.util.Optional<String> goldLabel) {
  public SubmitOutcome {
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(taskState, "taskState");
    Objects.requireNonNull(goldLabel, "goldLabel");
  }

  /** The outcome of a submit on an ordinary task. */
  public SubmitOutcome(Annotation annotation, TaskState taskState, boolean replayed) {
    this(annotation, taskState, replayed, java.util.Optional.empty());
  }
}
