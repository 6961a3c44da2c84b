package io.collectlite.project;

import java.util.Locale;

/** The kind of annotation task a project produces. More presets arrive with their templates. */
public enum TaskType {
  /** A query and one document, graded irrelevant / partially relevant / highly relevant (RAG). */
  DOCUMENT_RELEVANCE;

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static TaskType fromWire(String value) {
    return TaskType.valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
