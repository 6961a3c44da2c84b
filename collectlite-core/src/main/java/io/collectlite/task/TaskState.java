package io.collectlite.task;

import java.util.Locale;

/** Where a task is in its life; {@link TaskLifecycle} says which moves are legal. */
public enum TaskState {
  /** Generated from a source example, waiting for annotators. */
  CREATED,
  /** A model has pre-labelled it; still waiting for annotators. */
  SUGGESTED,
  /** At least one annotator has claimed it; not all annotations are in. */
  ASSIGNED,
  /** It holds its required number of annotations; the quality engine decides next. */
  SUBMITTED,
  /** Contested: waits for a reviewer's decision. */
  NEEDS_REVIEW,
  /** It has a final label, from consensus or a reviewer. */
  RESOLVED,
  /** It is in at least one export version. */
  EXPORTED;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static TaskState fromWire(String value) {
    return TaskState.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether annotators may still claim a task in this state (subject to its overlap). */
  public boolean isOpenForAnnotation() {
    return this == CREATED || this == SUGGESTED || this == ASSIGNED;
  }

  /** Whether the task has a final label and may be exported. */
  public boolean hasFinalLabel() {
    return this == RESOLVED || this == EXPORTED;
  }
}
