package io.collectlite.task;

import java.util.Locale;

/** The state of one annotator's hold on one task. */
public enum AssignmentStatus {
  /** Claimed, lease running. */
  ACTIVE,
  /** The annotation is in. */
  SUBMITTED,
  /** The annotator passed; the slot went back to the queue. */
  SKIPPED,
  /** The lease ran out; the slot went back to the queue. */
  EXPIRED;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
