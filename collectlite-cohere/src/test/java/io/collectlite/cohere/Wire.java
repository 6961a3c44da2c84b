package io.collectlite.cohere;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Cohere v2 response bodies as docs.cohere.com/reference shows them. */
final class Wire {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Wire() {}

  /** A /v2/rerank answer: {@code scores[i]} for document {@code i}, best first as Cohere sorts them. */
  static String rerank(double searchUnits, double... scores) {
    ObjectNode root = JSON.createObjectNode().put("id", "rr-1");
    ArrayNode results = root.putArray("results");
    java.util.stream.IntStream.range(0, scores.length).boxed()
        .sorted((a, b) -> Double.compare(scores[b], scores[a]))
        .forEach(i -> results.addObject().put("index", i).put("relevance_score", scores[i]));
    ObjectNode meta = root.putObject("meta");
    meta.putObject("api_version").put("version", "2");
    meta.putObject("billed_units").put("search_units", searchUnits);
    return root.toString();
  }

  /** A /v2/chat answer whose assistant text is {@code text}. */
  static String chat(String text, int inputTokens, int outputTokens) {
    return chat(text, "COMPLETE", inputTokens, outputTokens);
  }

  static String chat(String text, String finishReason, int inputTokens, int outputTokens) {
    ObjectNode root = JSON.createObjectNode().put("id", "chat-1").put("finish_reason", finishReason);
    ObjectNode message = root.putObject("message").put("role", "assistant");
    message.putArray("content").addObject().put("type", "text").put("text", text);
    ObjectNode usage = root.putObject("usage");
    usage.putObject("billed_units").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
    usage.putObject("tokens").put("input_tokens", inputTokens + 7).put("output_tokens", outputTokens + 2);
    return root.toString();
  }

  /** A judge's JSON reply as the chat text, from name, value pairs (values: String, Number). */
  static String reply(Object... pairs) {
    ObjectNode reply = JSON.createObjectNode();
    for (int i = 0; i + 1 < pairs.length; i += 2) reply.putPOJO((String) pairs[i], pairs[i + 1]);
    return reply.toString();
  }

  /** A /v2/embed answer with float embeddings. */
  static String embed(List<String> texts, int inputTokens, double[]... vectors) {
    ObjectNode root = JSON.createObjectNode().put("id", "emb-1");
    ArrayNode floats = root.putObject("embeddings").putArray("float");
    for (double[] v : vectors) {
      ArrayNode row = floats.addArray();
      for (double x : v) row.add(x);
    }
    ArrayNode echoed = root.putArray("texts");
    texts.forEach(echoed::add);
    ObjectNode meta = root.putObject("meta");
    meta.putObject("api_version").put("version", "2");
    meta.putObject("billed_units").put("input_tokens", inputTokens);
    return root.toString();
  }
}
