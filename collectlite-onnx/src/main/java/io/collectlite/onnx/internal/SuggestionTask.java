package io.collectlite.onnx.internal;

import io.collectlite.template.LabelSchema;
import io.collectlite.template.MultiChoice;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import io.collectlite.template.SingleChoice;
import java.util.Optional;

/** What a local embedding model can suggest for a project, read from its label schema. */
public sealed interface SuggestionTask permits SuggestionTask.Relevance, SuggestionTask.Classification {
  /**
   * Grading query–document pairs: the primary question is an ordinal scale of three grades and rows carry
   * {@code query} and {@code document} (document relevance, or any project shaped like it).
   */
  record Relevance(OrdinalScale scale) implements SuggestionTask {}

  /** Classifying a {@code text}: the primary question is a single or multiple choice. */
  record Classification(LabelSpace space) implements SuggestionTask {}

  /** The task the schema describes, or empty when the model cannot suggest for it. */
  static Optional<SuggestionTask> of(LabelSchema schema) {
    Question primary = schema.primary();
    var fields = schema.requiredFields();
    if (primary instanceof OrdinalScale scale && scale.options().size() == 3 && fields.contains("query")
        && fields.contains("document")) {
      return Optional.of(new Relevance(scale));
    }
    if (fields.contains("text")) {
      if (primary instanceof SingleChoice single) return Optional.of(new Classification(LabelSpace.of(single)));
      if (primary instanceof MultiChoice multi) return Optional.of(new Classification(LabelSpace.of(multi)));
    }
    return Optional.empty();
  }
}
