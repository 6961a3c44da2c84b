package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohere.api.resources.v2.requests.V2RerankRequest;
import io.collectlite.cohere.internal.ConnectionSettings;
import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Presets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuilderTest {
  @Test
  void theKeyComesFromCohereApiKeyInTheEnvironment() {
    try (FakeCohere cohere = FakeCohere.start()) {
      cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.5));
      ConnectionSettings settings = new ConnectionSettings();
      settings.baseUrl(cohere.baseUrl());

      settings.fromEnvironment(Map.of("COHERE_API_KEY", " key-from-env ")::get);
      settings.open().call("rerank", v2 -> v2.rerank(V2RerankRequest.builder().model("m").query("q")
          .documents(List.of("d")).build()));

      assertThat(cohere.onlyRequest().header("Authorization")).isEqualTo("Bearer key-from-env");
    }
  }

  @Test
  void aMissingEnvironmentKeyNamesTheVariable() {
    assertThatThrownBy(() -> new ConnectionSettings().fromEnvironment(Map.of("CO_API_KEY", "other")::get))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("COHERE_API_KEY is not set");
    assertThatThrownBy(() -> new ConnectionSettings().fromEnvironment(Map.of("COHERE_API_KEY", "  ")::get))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("COHERE_API_KEY is not set");
  }

  @Test
  void buildingWithoutAKeyIsRefused() {
    assertThatThrownBy(() -> CohereSuggester.builder().buildJudge()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Cohere API key").hasMessageContaining("COHERE_API_KEY");
    assertThatThrownBy(() -> CohereEmbedder.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CohereSuggester.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.cohere.com/v2", "https://api.cohere.com/v1/", "ftp://api.cohere.com",
      "api.cohere.com", "https://api.cohere.com?x=1"})
  void aBaseUrlWithAVersionPathOrNotHttpIsRefused(String url) {
    assertThatThrownBy(() -> CohereSuggester.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(url);
  }

  @Test
  void aBaseUrlWithAPathKeepsItBeforeTheVersion() {
    try (FakeCohere cohere = FakeCohere.start()) {
      cohere.reply("/gateway/cohere/v2/rerank", 200, Wire.rerank(1, 0.5));
      CohereSuggester reranker = CohereSuggester.builder().apiKey(FakeCohere.KEY)
          .baseUrl(cohere.baseUrl() + "/gateway/cohere/").buildReranker();

      reranker.suggest(List.of(new SuggestionRequest("e1", Map.of("query", "q", "document", "d"))),
          new SuggestionContext(TaskType.DOCUMENT_RELEVANCE, Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), ""));

      assertThat(cohere.onlyRequest().path()).isEqualTo("/gateway/cohere/v2/rerank");
    }
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> CohereSuggester.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CohereEmbedder.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thresholdsMustBeOrderedWithinZeroToOne() {
    assertThatThrownBy(() -> RelevanceThresholds.of(0.6, 0.2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RelevanceThresholds.of(-0.1, 0.2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelevanceThresholds(0.2, 0.6, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPriceTableCanBeExtendedWithoutChangingThePublishedOne() {
    CoherePrices mine = CoherePrices.PUBLISHED.with("command-a-03-2025", CoherePrices.Price.tokens(1, 2));

    assertThat(mine.of("command-a-03-2025")).contains(CoherePrices.Price.tokens(1, 2));
    assertThat(CoherePrices.PUBLISHED.of("command-a-03-2025")).contains(CoherePrices.Price.tokens(2.5, 10));
    assertThat(CoherePrices.PUBLISHED.of("rerank-v3.5")).contains(CoherePrices.Price.searchUnits(0.002));
    assertThat(mine.of("unknown")).isEmpty();
  }
}
