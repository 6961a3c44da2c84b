package io.collectlite.gold;

import java.util.Locale;

/** Where a gold answer came from. */
public enum GoldSource {
  /** A column of the uploaded rows. */
  UPLOAD,
  /** A separate gold file. */
  FILE,
  /** A reviewer's decision marked as gold. */
  REVIEW;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
