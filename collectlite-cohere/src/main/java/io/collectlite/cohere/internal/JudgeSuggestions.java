package io.collectlite.cohere.internal;

import com.cohere.api.resources.v2.requests.V2ChatRequest;
import com.cohere.api.resources.v2.types.V2ChatResponse;
import com.cohere.api.types.ChatMessageV2;
import com.cohere.api.types.JsonResponseFormatV2;
import com.cohere.api.types.ResponseFormatV2;
import com.cohere.api.types.SystemMessageV2;
import com.cohere.api.types.SystemMessageV2Content;
import com.cohere.api.types.UserMessageV2;
import com.cohere.api.types.UserMessageV2Content;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.cohere.CoherePrices;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.LabelSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LLM judge through {@code /v2/chat}: one call per request, the reply constrained to a JSON
 * schema built from the template (the answer, a rationale, a confidence) and checked again here.
 * Thread-safe.
 */
public final class JudgeSuggestions implements SuggestionProvider {
  static final int MAX_TOKENS = 2_048;
  private static final Logger LOG = LoggerFactory.getLogger(JudgeSuggestions.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CohereClient client;
  private final String model;
  private final CoherePrices prices;
  private final int concurrency;
  private final Map<JudgeTask, PromptTemplate> templates = new HashMap<>();

  public JudgeSuggestions(CohereClient client, String model, CoherePrices prices, int concurrency) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.prices = Objects.requireNonNull(prices, "prices");
    if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    this.concurrency = concurrency;
    JudgeTask.ALL.forEach(task -> templates.put(task, PromptTemplate.load(task.templateName())));
  }

  @Override
  public String provider() {
    return "cohere";
  }

  @Override
  public String model() {
    return model;
  }

  /** {@code judge:} and each task's template version, e.g. {@code judge:classification.v1,...}. */
  @Override
  public String promptVersion() {
    return "judge:" + JudgeTask.ALL.stream().map(t -> templates.get(t).versionTag()).collect(Collectors.joining(","));
  }

  @Override
  public boolean supports(SuggestionContext context) {
    return JudgeTask.of(context.taskType(), context.schema()).isPresent();
  }

  /** Chat calls are one per request: a smaller batch keeps one call's failure from wasting many. */
  @Override
  public int batchSize() {
    return 8;
  }

  @Override
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context) {
    JudgeTask task = JudgeTask.of(context.taskType(), context.schema()).orElseThrow(() -> new IllegalArgumentException(
        "the Cohere judge does not answer a " + context.taskType().wire() + " project whose first question is "
            + context.schema().primary().kind()));
    ResponseFormatV2 format = ResponseFormatV2.jsonObject(JsonResponseFormatV2.builder()
        .jsonSchema(schema(task, context.schema())).build());
    return Parallel.map(requests, concurrency, request -> judge(task, format, request, context));
  }

  private SuggestionOutcome judge(JudgeTask task, ResponseFormatV2 format, SuggestionRequest request,
      SuggestionContext context) {
    for (String field : task.rowFields()) {
      if (!request.fields().containsKey(field)) {
        return new SuggestionOutcome.Failed("the row has no '" + field + "' field");
      }
    }
    PromptTemplate.Prompt prompt = templates.get(task).render(promptValues(task, request, context));
    CohereClient.Timed<V2ChatResponse> call = client.call("chat", v2 -> v2.chat(V2ChatRequest.builder()
        .model(model)
        .messages(List.of(
            ChatMessageV2.system(SystemMessageV2.builder().content(SystemMessageV2Content.of(prompt.system())).build()),
            ChatMessageV2.user(UserMessageV2.builder().content(UserMessageV2Content.of(prompt.user())).build())))
        .responseFormat(format)
        .temperature(0f)
        .maxTokens(MAX_TOKENS)
        .build()));
    OptionalDouble cost = Costs.chat(prices, model, call.value().getUsage());
    LOG.atDebug().addKeyValue("model", model).addKeyValue("task", task.taskType().wire())
        .addKeyValue("example", request.exampleId()).addKeyValue("millis", call.millis())
        .addKeyValue("costUsd", cost.isPresent() ? cost.getAsDouble() : "unknown").log("Cohere chat call");
    return JudgeReply.read(call.value(), task, context.schema(), cost, call.millis());
  }

  private static Map<String, String> promptValues(JudgeTask task, SuggestionRequest request,
      SuggestionContext context) {
    Map<String, String> values = new HashMap<>(task.promptValues(context.schema()));
    values.put("instructions", context.instructions().isBlank() ? "(none)" : context.instructions().strip());
    values.put("label_question", context.schema().primary().prompt());
    task.rowFields().forEach(field -> values.put("row." + field, request.field(field)));
    return values;
  }

  /** The reply's JSON schema: a rationale first (reasoning before the verdict), the answer, a confidence. */
  static Map<String, Object> schema(JudgeTask task, LabelSchema labelSchema) {
    ObjectNode properties = Replies.JSON.objectNode();
    properties.set("rationale", Replies.ofType("string"));
    properties.setAll(task.answerProperties(labelSchema));
    properties.set("confidence", Replies.ofType("number"));
    ArrayNode required = Replies.JSON.arrayNode();
    properties.fieldNames().forEachRemaining(required::add);
    ObjectNode schema = Replies.JSON.objectNode().put("type", "object");
    schema.set("properties", properties);
    schema.set("required", required);
    return MAPPER.convertValue(schema, new TypeReference<Map<String, Object>>() {});
  }
}
