package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.PairwiseChoice;
import java.util.List;
import java.util.Map;

/**
 * A prompt and two responses: a {@code choice} of a, b, or tie when the template allows it. The
 * strength (slightly / clearly better) is not asked: a suggestion's label is the choice alone and
 * its other answers are by question name, so there is nowhere to keep it.
 */
final class PairwiseJudge implements JudgeTask {
  @Override
  public TaskType taskType() {
    return TaskType.PAIRWISE_PREFERENCE;
  }

  @Override
  public List<String> rowFields() {
    return List.of("prompt", "response_a", "response_b");
  }

  @Override
  public boolean fits(LabelSchema schema) {
    return schema.primary() instanceof PairwiseChoice;
  }

  @Override
  public Map<String, String> promptValues(LabelSchema schema) {
    return Map.of("options", Replies.optionLines(((PairwiseChoice) schema.primary()).choices()));
  }

  @Override
  public ObjectNode answerProperties(LabelSchema schema) {
    PairwiseChoice question = (PairwiseChoice) schema.primary();
    return Replies.JSON.objectNode().set("choice", Replies.stringEnum(Replies.values(question.choices())));
  }

  @Override
  public Verdict read(JsonNode reply, LabelSchema schema) throws BadReply {
    return new Verdict(Replies.normalize(schema.primary(), reply.get("choice"), "choice").get("choice").asText(),
        Map.of());
  }
}
