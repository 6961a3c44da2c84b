package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionOutcome.Failed;
import io.collectlite.suggestion.SuggestionOutcome.Suggested;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RerankSuggesterTest {
  private static final SuggestionContext RELEVANCE = new SuggestionContext(TaskType.DOCUMENT_RELEVANCE,
      Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), "Grade each document.");

  private final FakeCohere cohere = FakeCohere.start();

  @AfterEach
  void stop() {
    cohere.close();
  }

  private CohereSuggester reranker() {
    return CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl()).buildReranker();
  }

  private static SuggestionRequest row(String id, String query, String document) {
    return new SuggestionRequest(id, Map.of("query", query, "document", document));
  }

  @Test
  void sendsOneQuerysDocumentsToV2RerankWithModelAndBearerKey() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.9, 0.05));

    reranker().suggest(List.of(row("e1", "capital of France", "Paris is the capital."),
        row("e2", "capital of France", "Bananas are yellow.")), RELEVANCE);

    FakeCohere.Recorded sent = cohere.onlyRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v2/rerank");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + FakeCohere.KEY);
    assertThat(sent.body().get("model").asText()).isEqualTo("rerank-v3.5");
    assertThat(sent.body().get("query").asText()).isEqualTo("capital of France");
    assertThat(sent.body().get("documents")).hasSize(2);
    assertThat(sent.body().get("documents").get(0).asText()).isEqualTo("Paris is the capital.");
    assertThat(sent.body().get("documents").get(1).asText()).isEqualTo("Bananas are yellow.");
  }

  @Test
  void groupsABatchByQueryAndAnswersInRequestOrder() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.95, 0.01)); // query q1: e1, e3
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.4)); // query q2: e2

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q1", "d1"), row("e2", "q2", "d2"),
        row("e3", "q1", "d3")), RELEVANCE);

    assertThat(cohere.requests()).extracting(r -> r.body().get("query").asText()).containsExactly("q1", "q2");
    assertThat(cohere.requests().get(0).body().get("documents").toString()).isEqualTo("[\"d1\",\"d3\"]");
    assertThat(outcomes).extracting(o -> ((Suggested) o).label())
        .containsExactly("highly_relevant", "partially_relevant", "irrelevant");
  }

  @Test
  void gradesScoresByThresholdsWithRawScoreConfidenceAndDistribution() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.93, 0.35, 0.02));

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q", "a"), row("e2", "q", "b"),
        row("e3", "q", "c")), RELEVANCE);

    Suggested high = (Suggested) outcomes.get(0);
    assertThat(high.label()).isEqualTo("highly_relevant");
    assertThat(high.rawScore().getAsDouble()).isEqualTo(0.93);
    assertThat(high.distribution()).containsOnlyKeys("irrelevant", "partially_relevant", "highly_relevant");
    assertThat(high.distribution().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(high.confidence().getAsDouble()).isEqualTo(high.distribution().get("highly_relevant")).isGreaterThan(0.99);
    Suggested partial = (Suggested) outcomes.get(1);
    assertThat(partial.label()).isEqualTo("partially_relevant");
    assertThat(partial.confidence().getAsDouble()).isEqualTo(partial.distribution().get("partially_relevant"))
        .isGreaterThan(0.9);
    assertThat(((Suggested) outcomes.get(2)).label()).isEqualTo("irrelevant");
    assertThat(high.rationale()).isEmpty();
  }

  @Test
  void aScoreNearAThresholdIsUncertain() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.61));

    Suggested near = (Suggested) reranker().suggest(List.of(row("e1", "q", "a")), RELEVANCE).get(0);

    assertThat(near.label()).isEqualTo("highly_relevant");
    assertThat(near.confidence().getAsDouble()).isBetween(0.5, 0.6);
    assertThat(near.distribution().get("partially_relevant")).isBetween(0.4, 0.5);
  }

  @Test
  void thresholdsAreConfigurableAndPartOfThePromptVersion() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.5));
    CohereSuggester strict = CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl())
        .relevanceThresholds(RelevanceThresholds.of(0.3, 0.4)).buildReranker();

    Suggested outcome = (Suggested) strict.suggest(List.of(row("e1", "q", "a")), RELEVANCE).get(0);

    assertThat(outcome.label()).isEqualTo("highly_relevant");
    assertThat(strict.promptVersion()).isEqualTo("rerank-grades.v1(partial>=0.3,high>=0.4,softness=0.05)");
    assertThat(reranker().promptVersion()).isEqualTo("rerank-grades.v1(partial>=0.2,high>=0.6,softness=0.05)");
  }

  @Test
  void spreadsTheBilledSearchUnitsCostOverTheQuerysRequests() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.9, 0.1));

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q", "a"), row("e2", "q", "b")),
        RELEVANCE);

    // one search unit of rerank-v3.5 is $0.002, shared by two documents
    assertThat(outcomes).allSatisfy(o -> assertThat(((Suggested) o).costEstimate().getAsDouble())
        .isCloseTo(0.001, within(1e-12)));
  }

  @Test
  void givesNoCostForAModelMissingFromThePriceTable() {
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.9));
    CohereSuggester other = CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl())
        .rerankModel("rerank-custom-ft").buildReranker();

    Suggested outcome = (Suggested) other.suggest(List.of(row("e1", "q", "a")), RELEVANCE).get(0);

    assertThat(cohere.onlyRequest().body().get("model").asText()).isEqualTo("rerank-custom-ft");
    assertThat(outcome.costEstimate()).isEmpty();
  }

  @Test
  void aRowWithoutDocumentFailsWithoutACall() {
    List<SuggestionOutcome> outcomes = reranker().suggest(
        List.of(new SuggestionRequest("e1", Map.of("query", "q"))), RELEVANCE);

    assertThat(outcomes).containsExactly(new Failed("the row has no document to rank"));
    assertThat(cohere.requests()).isEmpty();
  }

  @Test
  void aDocumentTheResponseDoesNotScoreFailsAlone() {
    cohere.reply("/v2/rerank", 200, "{\"id\":\"x\",\"results\":[{\"index\":1,\"relevance_score\":0.9}]}");

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q", "a"), row("e2", "q", "b")),
        RELEVANCE);

    assertThat(outcomes.get(0)).isEqualTo(new Failed("Cohere's rerank response has no relevance score for this document"));
    assertThat(((Suggested) outcomes.get(1)).label()).isEqualTo("highly_relevant");
    assertThat(((Suggested) outcomes.get(1)).costEstimate()).isEmpty();
  }

  @Test
  void aResultWithoutRelevanceScoreFailsItsDocumentRatherThanReadingZero() {
    cohere.reply("/v2/rerank", 200, "{\"id\":\"x\",\"results\":[{\"index\":0},{\"index\":1,\"relevance_score\":0.7}]}");

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q", "a"), row("e2", "q", "b")),
        RELEVANCE);

    assertThat(outcomes.get(0)).isInstanceOf(Failed.class);
    assertThat(((Failed) outcomes.get(0)).error()).contains("no relevance score");
    assertThat(outcomes.get(1)).isInstanceOf(Suggested.class);
  }

  @Test
  void aResultIndexOutsideTheDocumentsFailsTheWholeQuery() {
    cohere.reply("/v2/rerank", 200, "{\"id\":\"x\",\"results\":[{\"index\":0,\"relevance_score\":0.7},"
        + "{\"index\":5,\"relevance_score\":0.2}]}");

    List<SuggestionOutcome> outcomes = reranker().suggest(List.of(row("e1", "q", "a"), row("e2", "q", "b")),
        RELEVANCE);

    assertThat(outcomes).containsOnly(new Failed(
        "Cohere's rerank response is malformed: result index 5 is outside 0..1 (2 documents sent)"));
  }

  @Test
  void aScoreOutsideZeroToOneFailsItsDocument() {
    cohere.reply("/v2/rerank", 200, "{\"id\":\"x\",\"results\":[{\"index\":0,\"relevance_score\":1.5}]}");

    SuggestionOutcome outcome = reranker().suggest(List.of(row("e1", "q", "a")), RELEVANCE).get(0);

    assertThat(outcome).isEqualTo(new Failed("Cohere's rerank relevance score 1.5 is outside 0 to 1"));
  }

  @Test
  void supportsOnlyDocumentRelevanceOnAThreeGradeScale() {
    CohereSuggester reranker = reranker();

    assertThat(reranker.supports(RELEVANCE)).isTrue();
    assertThat(reranker.supports(new SuggestionContext(TaskType.CLASSIFICATION,
        Presets.schemaFor(TaskType.CLASSIFICATION), ""))).isFalse();
    assertThatThrownBy(() -> reranker.suggest(List.of(), new SuggestionContext(TaskType.CRITIQUE,
        Presets.schemaFor(TaskType.CRITIQUE), ""))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("critique");
    assertThat(reranker.provider()).isEqualTo("cohere");
    assertThat(reranker.model()).isEqualTo("rerank-v3.5");
  }
}
