package io.collectlite.cohere.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops rerank results that carry no numeric {@code index} or {@code relevance_score} before the
 * SDK reads them. The SDK 1.9.3 maps both to Java primitives, so a missing score would read as 0.0
 * (a confident "irrelevant"); dropped, the document shows as unscored and its request fails.
 */
final class RerankResultCheck implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RerankResultCheck.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (!response.isSuccessful() || body == null || !chain.request().url().encodedPath().endsWith("/v2/rerank")) {
      return response;
    }
    String text = body.string();
    return response.newBuilder().body(ResponseBody.create(dropUnscored(text), body.contentType())).build();
  }

  static String dropUnscored(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return text; // the SDK reports it as unreadable
    }
    if (root == null || !root.isObject() || !root.path("results").isArray()) return text;
    ArrayNode kept = MAPPER.createArrayNode();
    int dropped = 0;
    for (JsonNode result : root.get("results")) {
      if (result.path("index").isIntegralNumber() && result.path("relevance_score").isNumber()) {
        kept.add(result);
      } else {
        dropped++;
      }
    }
    if (dropped == 0) return text;
    LOG.atWarn().addKeyValue("dropped", dropped).addKeyValue("results", root.get("results").size())
        .log("Cohere rerank results without a numeric index or relevance_score were dropped");
    ((ObjectNode) root).set("results", kept);
    return root.toString();
  }
}
