package io.collectlite.template;

import io.collectlite.project.TaskType;
import java.util.List;

/** The label schemas each task type starts from. */
public final class Presets {
  /** The document-relevance grades, lowest first. */
  public static final OrdinalScale RELEVANCE = new OrdinalScale("relevance",
      "How relevant is the document to the query?",
      List.of(
          new LabelOption("irrelevant", "Irrelevant", "1"),
          new LabelOption("partially_relevant", "Partially relevant", "2"),
          new LabelOption("highly_relevant", "Highly relevant", "3")));

  private Presets() {}

  /** The schema a new project of this type starts with. */
  public static LabelSchema schemaFor(TaskType type) {
    return switch (type) {
      case DOCUMENT_RELEVANCE -> new LabelSchema(RELEVANCE, List.of("query", "document"));
    };
  }
}
