package io.collectlite.template;

import io.collectlite.project.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The label schemas each task type starts from (DESIGN.md, "Task types and label schemas"). */
public final class Presets {
  /** The document-relevance grades, lowest first. */
  public static final OrdinalScale RELEVANCE = new OrdinalScale("relevance",
      "How relevant is the document to the query?",
      List.of(
          new LabelOption("irrelevant", "Irrelevant", "1"),
          new LabelOption("partially_relevant", "Partially relevant", "2"),
          new LabelOption("highly_relevant", "Highly relevant", "3")));

  /** A / B / tie, picked with the keys A, B and T. */
  public static final List<LabelOption> PAIRWISE_CHOICES = List.of(
      new LabelOption("a", "Response A is better", "a"),
      new LabelOption("b", "Response B is better", "b"),
      new LabelOption("tie", "Tie", "t"));

  /** The pairwise preference question: A / B / tie, optionally slightly or clearly better. */
  public static final PairwiseChoice PREFERENCE = new PairwiseChoice("preference", "Which response is better?", true,
      PAIRWISE_CHOICES, List.of(new LabelOption("slightly", "Slightly better", "1"),
          new LabelOption("clearly", "Clearly better", "2")));

  /** The QA-validation verdict, lowest first. */
  public static final OrdinalScale VERDICT = new OrdinalScale("verdict", "Is the answer correct, given the context?",
      List.of(
          new LabelOption("incorrect", "Incorrect", "1"),
          new LabelOption("partially_correct", "Partially correct", "2"),
          new LabelOption("correct", "Correct", "3")));

  /** The corrected answer a QA validator may give. */
  public static final FreeText CORRECTED_ANSWER = new FreeText("corrected_answer",
      "Corrected answer (when the answer is not correct)", false, 5_000, "c");

  /** The critique rating: 1 to 5; ratings one apart still agree. */
  public static final NumericRating RATING = NumericRating.wholeNumbers("rating", "Rate the response from 1 (poor) to 5 "
      + "(excellent)", 1, 5, 1);

  /** The written critique. */
  public static final FreeText CRITIQUE = new FreeText("critique", "What is good or wrong about the response?", true,
      FreeText.MAX_LENGTH, "c");

  /** The pairwise row field naming the model that wrote {@code response_a} (optional; read by the leaderboard). */
  public static final String MODEL_A = "model_a";

  /** The pairwise row field naming the model that wrote {@code response_b} (optional; read by the leaderboard). */
  public static final String MODEL_B = "model_b";

  /** The labels a classification project starts with until its owner sets its own. */
  public static final List<String> DEFAULT_CLASSES = List.of("positive", "negative", "neutral");

  private Presets() {}

  /** The schema a new project of this type starts with. */
  public static LabelSchema schemaFor(TaskType type) {
    return switch (type) {
      case PAIRWISE_PREFERENCE -> new LabelSchema(List.of(PREFERENCE), List.of("prompt", "response_a", "response_b"));
      case DOCUMENT_RELEVANCE -> new LabelSchema(List.of(RELEVANCE), List.of("query", "document"));
      case CLASSIFICATION -> classification(DEFAULT_CLASSES, false);
      case QA_VALIDATION -> new LabelSchema(List.of(VERDICT, CORRECTED_ANSWER), List.of("context", "question", "answer"));
      case CRITIQUE -> new LabelSchema(List.of(RATING, CRITIQUE), List.of("prompt", "response"));
    };
  }

  /**
   * Row fields a task type reads when a row has them but does not require: a pairwise row may name the model
   * behind each response. When present and not null they must be text.
   */
  public static List<String> optionalFields(TaskType type) {
    return switch (type) {
      case PAIRWISE_PREFERENCE -> List.of(MODEL_A, MODEL_B);
      case DOCUMENT_RELEVANCE, CLASSIFICATION, QA_VALIDATION, CRITIQUE -> List.of();
    };
  }

  /**
   * A classification schema over {@code labels} (in the given order, keys 1–9, 0, then letters the
   * workbench does not keep for itself); {@code multiLabel} lets an annotator pick several.
   */
  public static LabelSchema classification(List<String> labels, boolean multiLabel) {
    List<String> keys = keys(labels.size());
    List<LabelOption> options = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i) == null) throw new IllegalArgumentException("label " + (i + 1) + " is empty");
      String value = labels.get(i).strip();
      options.add(new LabelOption(value, title(value), i < keys.size() ? keys.get(i) : ""));
    }
    Question question = multiLabel
        ? new MultiChoice("labels", "Which labels apply to the text?", true, options, 1, options.size())
        : new SingleChoice("label", "Which label fits the text best?", true, options);
    return new LabelSchema(List.of(question), List.of("text"));
  }

  /**
   * Checks that a schema suits the task type: its first question is of a kind the type's workbench
   * and export schema know, and it keeps the preset's row fields. Throws a
   * {@link io.collectlite.error.ValidationException} naming what does not fit.
   */
  public static void requireFits(TaskType type, LabelSchema schema) {
    List<String> kinds = switch (type) {
      case PAIRWISE_PREFERENCE -> List.of("pairwise");
      case DOCUMENT_RELEVANCE -> List.of("ordinal");
      case CLASSIFICATION -> List.of("single_choice", "multi_choice");
      case QA_VALIDATION -> List.of("ordinal", "single_choice");
      case CRITIQUE -> List.of("numeric");
    };
    if (!kinds.contains(schema.primary().kind())) {
      throw io.collectlite.error.ValidationException.field("schema.questions[0].kind", "a " + type.wire()
          + " project's first question is " + String.join(" or ", kinds) + ", not " + schema.primary().kind());
    }
    List<String> needed = schemaFor(type).requiredFields();
    if (!schema.requiredFields().containsAll(needed)) {
      throw io.collectlite.error.ValidationException.field("schema.required_fields", "a " + type.wire()
          + " project needs the row fields " + needed + " (map other column names to them with field_mapping)");
    }
  }

  private static List<String> keys(int count) {
    List<String> keys = new ArrayList<>();
    for (char c : "1234567890abcdfghijklmoprtuvxyz".toCharArray()) {
      if (keys.size() == count) break;
      keys.add(String.valueOf(c));
    }
    return keys;
  }

  private static String title(String value) {
    String spaced = value.replace('_', ' ');
    return spaced.isEmpty() ? value : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
