package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.MultiChoice;
import io.collectlite.template.SingleChoice;
import java.util.List;
import java.util.Map;

/** A text and one label ({@code label}) or a set of labels ({@code labels}) from the template's options. */
final class ClassificationJudge implements JudgeTask {
  @Override
  public TaskType taskType() {
    return TaskType.CLASSIFICATION;
  }

  @Override
  public List<String> rowFields() {
    return List.of("text");
  }

  @Override
  public boolean fits(LabelSchema schema) {
    return schema.primary() instanceof SingleChoice || schema.primary() instanceof MultiChoice;
  }

  @Override
  public Map<String, String> promptValues(LabelSchema schema) {
    if (schema.primary() instanceof MultiChoice multi) {
      return Map.of("options", Replies.optionLines(multi.options()),
          "answer_rule", "\"labels\": the list of every label value that applies, at least " + multi.minChoices()
              + " and at most " + multi.maxChoices() + " of them;");
    }
    SingleChoice single = (SingleChoice) schema.primary();
    return Map.of("options", Replies.optionLines(single.options()),
        "answer_rule", "\"label\": exactly one of the label values;");
  }

  @Override
  public ObjectNode answerProperties(LabelSchema schema) {
    if (schema.primary() instanceof MultiChoice multi) {
      return Replies.JSON.objectNode().set("labels", Replies.ofType("array")
          .set("items", Replies.stringEnum(Replies.values(multi.options()))));
    }
    SingleChoice single = (SingleChoice) schema.primary();
    return Replies.JSON.objectNode().set("label", Replies.stringEnum(Replies.values(single.options())));
  }

  @Override
  public Verdict read(JsonNode reply, LabelSchema schema) throws BadReply {
    if (schema.primary() instanceof MultiChoice multi) {
      // the set in option order, as consensus keys it
      return new Verdict(multi.consensusKey(Replies.normalize(multi, reply.get("labels"), "labels")), Map.of());
    }
    return new Verdict(Replies.normalize(schema.primary(), reply.get("label"), "label").asText(), Map.of());
  }
}
