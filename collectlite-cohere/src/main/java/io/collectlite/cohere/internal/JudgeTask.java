package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the chat judge asks for one task type: the row fields it shows, the prompt's schema-derived
 * values, the JSON-schema properties of the answer, and how a reply becomes a label.
 */
sealed interface JudgeTask permits ClassificationJudge, QaValidationJudge, CritiqueJudge, PairwiseJudge {
  /** Every task the judge knows, in a fixed order. */
  List<JudgeTask> ALL = List.of(new ClassificationJudge(), new QaValidationJudge(), new CritiqueJudge(),
      new PairwiseJudge());

  TaskType taskType();

  /** The row fields the prompt shows, each as {@code {{row.<name>}}}. */
  List<String> rowFields();

  /** Whether the schema's first question is a kind this task answers. */
  boolean fits(LabelSchema schema);

  /** Prompt values that come from the schema (options, answer rules). */
  Map<String, String> promptValues(LabelSchema schema);

  /** The JSON-schema properties of the answer, in the order the model should write them. */
  ObjectNode answerProperties(LabelSchema schema);

  /** The label and further answers of a reply, or {@link BadReply} naming what does not fit. */
  Verdict read(JsonNode reply, LabelSchema schema) throws BadReply;

  /** The prompt template's resource name. */
  default String templateName() {
    return taskType().wire();
  }

  /** The task for a project, when the judge answers its type and schema. */
  static Optional<JudgeTask> of(TaskType type, LabelSchema schema) {
    return ALL.stream().filter(t -> t.taskType() == type && t.fits(schema)).findFirst();
  }

  /**
   * What a reply said.
   *
   * @param label the primary question's answer, as
   *     {@link io.collectlite.suggestion.SuggestionOutcome.Suggested#label()} wants it
   * @param otherAnswers further answers by question name
   */
  record Verdict(String label, Map<String, String> otherAnswers) {
    public Verdict {
      otherAnswers = Map.copyOf(otherAnswers);
    }
  }

  /** A reply that is not JSON of the asked shape, or whose answer is outside the schema. */
  final class BadReply extends Exception {
    BadReply(String message) {
      super(message, null, false, false);
    }
  }
}
