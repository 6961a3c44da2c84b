package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.project.TaskType;
import io.collectlite.template.FreeText;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.OptionQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A context, a question and an answer: a {@code verdict}, and a {@code corrected_answer} when the
 * template asks one.
 */
final class QaValidationJudge implements JudgeTask {
  @Override
  public TaskType taskType() {
    return TaskType.QA_VALIDATION;
  }

  @Override
  public List<String> rowFields() {
    return List.of("context", "question", "answer");
  }

  @Override
  public boolean fits(LabelSchema schema) {
    return schema.primary() instanceof OptionQuestion;
  }

  @Override
  public Map<String, String> promptValues(LabelSchema schema) {
    OptionQuestion verdict = (OptionQuestion) schema.primary();
    String corrected = Replies.freeText(schema).map(q -> "- \"corrected_answer\": when the answer is not fully "
        + "correct, the answer you would accept, supported by the context (" + q.prompt() + "); otherwise an empty "
        + "string;").orElse("");
    return Map.of("options", Replies.optionLines(verdict.options()), "corrected_rule", corrected);
  }

  @Override
  public ObjectNode answerProperties(LabelSchema schema) {
    OptionQuestion verdict = (OptionQuestion) schema.primary();
    ObjectNode properties = Replies.JSON.objectNode();
    properties.set("verdict", Replies.stringEnum(Replies.values(verdict.options())));
    if (Replies.freeText(schema).isPresent()) properties.set("corrected_answer", Replies.ofType("string"));
    return properties;
  }

  @Override
  public Verdict read(JsonNode reply, LabelSchema schema) throws BadReply {
    String label = Replies.normalize(schema.primary(), reply.get("verdict"), "verdict").asText();
    Map<String, String> others = new HashMap<>();
    Optional<FreeText> corrected = Replies.freeText(schema);
    if (corrected.isPresent()) {
      Replies.text(corrected.get(), reply, "corrected_answer").ifPresent(t -> others.put(corrected.get().name(), t));
    }
    return new Verdict(label, others);
  }
}
