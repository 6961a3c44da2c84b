package io.collectlite.cohere.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.project.TaskType;
import io.collectlite.template.FreeText;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.NumericRating;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A prompt and a response: a numeric {@code rating}, and a written {@code critique} when the template asks one. */
final class CritiqueJudge implements JudgeTask {
  @Override
  public TaskType taskType() {
    return TaskType.CRITIQUE;
  }

  @Override
  public List<String> rowFields() {
    return List.of("prompt", "response");
  }

  @Override
  public boolean fits(LabelSchema schema) {
    return schema.primary() instanceof NumericRating;
  }

  @Override
  public Map<String, String> promptValues(LabelSchema schema) {
    NumericRating rating = (NumericRating) schema.primary();
    String scale = "a number from " + rating.min().toPlainString() + " to " + rating.max().toPlainString()
        + " in steps of " + rating.step().toPlainString();
    String critique = Replies.freeText(schema).map(q -> "- \"critique\": " + q.prompt() + " Be specific: name what is "
        + "good and what is wrong or missing;").orElse("");
    return Map.of("scale", scale, "critique_rule", critique);
  }

  @Override
  public ObjectNode answerProperties(LabelSchema schema) {
    NumericRating rating = (NumericRating) schema.primary();
    ObjectNode properties = Replies.JSON.objectNode();
    if (Replies.freeText(schema).isPresent()) properties.set("critique", Replies.ofType("string"));
    boolean whole = rating.step().compareTo(BigDecimal.ONE) == 0 && rating.min().stripTrailingZeros().scale() <= 0;
    properties.set("rating", Replies.ofType(whole ? "integer" : "number"));
    return properties;
  }

  @Override
  public Verdict read(JsonNode reply, LabelSchema schema) throws BadReply {
    NumericRating rating = (NumericRating) schema.primary();
    String label = rating.consensusKey(Replies.normalize(rating, reply.get("rating"), "rating"));
    Map<String, String> others = new HashMap<>();
    Optional<FreeText> critique = Replies.freeText(schema);
    if (critique.isPresent()) {
      Replies.text(critique.get(), reply, "critique").ifPresent(t -> others.put(critique.get().name(), t));
    }
    return new Verdict(label, others);
  }
}
