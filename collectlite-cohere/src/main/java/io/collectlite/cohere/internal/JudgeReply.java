package io.collectlite.cohere.internal;

import com.cohere.api.resources.v2.types.V2ChatResponse;
import com.cohere.api.types.AssistantMessageResponseContentItem;
import com.cohere.api.types.ChatFinishReason;
import com.cohere.api.types.ChatTextContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.template.LabelSchema;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Reads a chat response as the judge's suggestion, or as a failure naming what is wrong with it. */
final class JudgeReply {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int SHOWN = 200;

  private JudgeReply() {}

  static SuggestionOutcome read(V2ChatResponse response, JudgeTask task, LabelSchema schema, OptionalDouble cost,
      long latencyMillis) {
    try {
      JsonNode reply = json(response);
      JudgeTask.Verdict verdict = task.read(reply, schema);
      return new SuggestionOutcome.Suggested(verdict.label(), verdict.otherAnswers(), OptionalDouble.empty(),
          OptionalDouble.of(confidence(reply)), Map.of(), rationale(reply), cost, latencyMillis);
    } catch (JudgeTask.BadReply e) {
      return new SuggestionOutcome.Failed(e.getMessage());
    }
  }

  private static JsonNode json(V2ChatResponse response) throws JudgeTask.BadReply {
    ChatFinishReason finish = response.getFinishReason();
    if (finish != null && finish.getEnumValue() != ChatFinishReason.Value.COMPLETE) {
      throw new JudgeTask.BadReply("Cohere's reply did not complete (finish_reason " + finish + ")");
    }
    if (response.getMessage() == null) throw new JudgeTask.BadReply("Cohere's chat response has no message");
    List<AssistantMessageResponseContentItem> content = response.getMessage().getContent().orElse(List.of());
    String text = content.stream().flatMap(item -> item.getText().stream()).map(ChatTextContent::getText)
        .collect(Collectors.joining()).strip();
    if (text.isEmpty()) throw new JudgeTask.BadReply("Cohere's reply has no text");
    try {
      JsonNode reply = MAPPER.readTree(text);
      if (reply != null && reply.isObject()) return reply;
    } catch (JsonProcessingException e) {
      // named below
    }
    throw new JudgeTask.BadReply("Cohere's reply is not a JSON object: "
        + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text));
  }

  private static double confidence(JsonNode reply) throws JudgeTask.BadReply {
    JsonNode value = reply.get("confidence");
    if (value == null || !value.isNumber()) throw new JudgeTask.BadReply("Cohere's reply has no numeric confidence");
    double confidence = value.asDouble();
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new JudgeTask.BadReply("Cohere's reply gives confidence " + value + ", outside 0 to 1");
    }
    return confidence;
  }

  private static String rationale(JsonNode reply) throws JudgeTask.BadReply {
    JsonNode value = reply.get("rationale");
    if (value == null || !value.isTextual()) throw new JudgeTask.BadReply("Cohere's reply has no rationale");
    return value.asText().strip();
  }
}
