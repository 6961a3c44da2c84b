package io.collectlite.quality;

import java.util.Locale;

/** Why a task was sent to the review queue; every reason is stored and shown to the reviewer. */
public enum ReviewReason {
  /** The annotators' agreement is below the project's threshold, or no answer won outright. */
  DISAGREEMENT,
  /** An annotator marked their own answer as low confidence (when the project reviews those). */
  LOW_CONFIDENCE,
  /** A confident model suggestion disagrees with the human consensus. */
  MODEL_DISAGREEMENT,
  /** One of the annotators failed a gold task, and the project reviews their recent work then. */
  FAILED_GOLD,
  /** The project owner flagged the task. */
  OWNER_FLAG;

  /**
   * Whether the reason is about people rather than the votes (an owner's flag, an annotator's failed
   * gold): a recompute of a task still waiting for review keeps it, as new votes cannot answer it.
   */
  public boolean standsRecompute() {
    return this == FAILED_GOLD || this == OWNER_FLAG;
  }

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static ReviewReason fromWire(String value) {
    return ReviewReason.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
