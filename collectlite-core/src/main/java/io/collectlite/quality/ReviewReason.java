package io.collectlite.quality;

import java.util.Locale;

/** Why a task was sent to the review queue; every reason is stored and shown to the reviewer. */
public enum ReviewReason {
  /** The annotators did not reach a majority. */
  DISAGREEMENT;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static ReviewReason fromWire(String value) {
    return ReviewReason.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
