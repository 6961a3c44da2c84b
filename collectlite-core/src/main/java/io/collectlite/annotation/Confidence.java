package io.collectlite.annotation;

import java.util.Locale;

/** How sure an annotator says they are of a label. */
public enum Confidence {
  LOW, MEDIUM, HIGH;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static Confidence fromWire(String value) {
    return Confidence.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
