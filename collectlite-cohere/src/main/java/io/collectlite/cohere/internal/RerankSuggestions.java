package io.collectlite.cohere.internal;

import com.cohere.api.resources.v2.requests.V2RerankRequest;
import com.cohere.api.resources.v2.types.V2RerankResponse;
import com.cohere.api.resources.v2.types.V2RerankResponseResultsItem;
import io.collectlite.cohere.CoherePrices;
import io.collectlite.cohere.RelevanceThresholds;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.LabelOption;
import io.collectlite.template.OrdinalScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document relevance through {@code /v2/rerank}: a batch's documents are ranked one call per
 * distinct query, and each score is graded by the thresholds. Thread-safe.
 */
public final class RerankSuggestions implements SuggestionProvider {
  /** Bumped when the mapping from scores to grades changes in a way the thresholds do not show. */
  static final int MAPPING_VERSION = 1;
  private static final Logger LOG = LoggerFactory.getLogger(RerankSuggestions.class);

  private final CohereClient client;
  private final String model;
  private final RelevanceThresholds thresholds;
  private final CoherePrices prices;

  public RerankSuggestions(CohereClient client, String model, RelevanceThresholds thresholds, CoherePrices prices) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.prices = Objects.requireNonNull(prices, "prices");
  }

  @Override
  public String provider() {
    return "cohere";
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public String promptVersion() {
    return String.format(Locale.ROOT, "rerank-grades.v%d(partial>=%s,high>=%s,softness=%s)", MAPPING_VERSION,
        thresholds.partiallyRelevant(), thresholds.highlyRelevant(), thresholds.softness());
  }

  @Override
  public boolean supports(SuggestionContext context) {
    return context.taskType() == TaskType.DOCUMENT_RELEVANCE
        && context.schema().primary() instanceof OrdinalScale scale && scale.options().size() == 3;
  }

  @Override
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, SuggestionContext context) {
    if (!supports(context)) {
      throw new IllegalArgumentException("Cohere rerank grades document relevance on a three-grade scale, not a "
          + context.taskType().wire() + " project whose first question is " + context.schema().primary().kind());
    }
    OrdinalScale scale = (OrdinalScale) context.schema().primary();
    RelevanceGrades grades = new RelevanceGrades(thresholds, scale.options().stream().map(LabelOption::value).toList());
    SuggestionOutcome[] outcomes = new SuggestionOutcome[requests.size()];
    Map<String, List<Integer>> byQuery = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      SuggestionRequest request = requests.get(i);
      if (request.field("query").isBlank()) {
        outcomes[i] = new SuggestionOutcome.Failed("the row has no query to rank its document against");
      } else if (request.field("document").isBlank()) {
        outcomes[i] = new SuggestionOutcome.Failed("the row has no document to rank");
      } else {
        byQuery.computeIfAbsent(request.field("query"), q -> new ArrayList<>()).add(i);
      }
    }
    byQuery.forEach((query, indexes) -> rank(query, indexes, requests, grades, outcomes));
    return Arrays.asList(outcomes);
  }

  private void rank(String query, List<Integer> indexes, List<SuggestionRequest> requests, RelevanceGrades grades,
      SuggestionOutcome[] outcomes) {
    List<String> documents = indexes.stream().map(i -> requests.get(i).field("document")).toList();
    CohereClient.Timed<V2RerankResponse> call = client.call("rerank", v2 -> v2.rerank(V2RerankRequest.builder()
        .model(model).query(query).documents(documents).build()));
    OptionalDouble callCost = Costs.rerank(prices, model, call.value().getMeta());
    OptionalDouble cost = callCost.isPresent() ? OptionalDouble.of(callCost.getAsDouble() / documents.size())
        : OptionalDouble.empty();
    long latency = call.millis() / documents.size();
    LOG.atDebug().addKeyValue("model", model).addKeyValue("documents", documents.size())
        .addKeyValue("millis", call.millis())
        .addKeyValue("costUsd", callCost.isPresent() ? callCost.getAsDouble() : "unknown")
        .log("Cohere rerank call");
    Map<Integer, Double> scores = new HashMap<>();
    String malformed = readScores(call.value().getResults(), documents.size(), scores);
    for (int k = 0; k < indexes.size(); k++) {
      outcomes[indexes.get(k)] = malformed != null
          ? new SuggestionOutcome.Failed("Cohere's rerank response is malformed: " + malformed)
          : outcome(scores.get(k), grades, cost, latency);
    }
  }

  /** Fills {@code scores} by document index; returns what makes the whole response unusable, or null. */
  private static String readScores(List<V2RerankResponseResultsItem> results, int documents,
      Map<Integer, Double> scores) {
    for (V2RerankResponseResultsItem result : results == null ? List.<V2RerankResponseResultsItem>of() : results) {
      int index = result.getIndex();
      if (index < 0 || index >= documents) {
        return "result index " + index + " is outside 0.." + (documents - 1) + " (" + documents + " documents sent)";
      }
      // the float's shortest decimal (0.93, not 0.9300000071525574)
      if (scores.put(index, Double.parseDouble(Float.toString(result.getRelevanceScore()))) != null) {
        return "document " + index + " is scored twice";
      }
    }
    return null;
  }

  private static SuggestionOutcome outcome(Double score, RelevanceGrades grades, OptionalDouble cost, long latency) {
    if (score == null) {
      return new SuggestionOutcome.Failed("Cohere's rerank response has no relevance score for this document");
    }
    if (!(score >= 0 && score <= 1)) {
      return new SuggestionOutcome.Failed("Cohere's rerank relevance score " + score + " is outside 0 to 1");
    }
    return grades.suggest(score, cost, latency);
  }
}
