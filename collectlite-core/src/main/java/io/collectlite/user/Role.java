package io.collectlite.user;

import java.util.Locale;

/** What a member may do in one project. */
public enum Role {
  /** Configures the project, uploads data, generates tasks, exports; may also review. */
  OWNER,
  /** Resolves contested tasks in the review queue. */
  REVIEWER,
  /** Claims and labels tasks; never sees gold answers or other annotators' labels. */
  ANNOTATOR;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case (or upper-case) name. */
  public static Role fromWire(String value) {
    return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
