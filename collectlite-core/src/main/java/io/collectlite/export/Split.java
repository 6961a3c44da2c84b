package io.collectlite.export;

import java.util.Locale;

/** The partition an example belongs to, fixed for the life of the project. */
public enum Split {
  TRAIN, VALIDATION, EVALUATION;

  /** The lower-case name used in exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
