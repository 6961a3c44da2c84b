package io.collectlite.job;

import java.util.Locale;

/** Where a background job is: waiting, running, or ended (well or not). */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static JobStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Whether the job has ended. */
  public boolean ended() {
    return this == DONE || this == FAILED;
  }
}
