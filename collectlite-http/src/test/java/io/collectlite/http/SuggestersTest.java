package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.suggestion.Suggester;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which suggesters the server runs, from its environment. */
class SuggestersTest {
  @TempDir Path dir;

  @Test
  void aCohereKeyAddsRerankAndJudgeAndMakesRerankTheDemosPreScorer() {
    Map<String, String> env = Map.of("COHERE_API_KEY", "test-key", "COHERE_BASE_URL", "http://127.0.0.1:9");
    Suggesters suggesters = Suggesters.load(false, env);
    try (CollectLite lite = suggesters.addTo(CollectLite.builder().store(JdbcStores.sqlite(dir.resolve("a.db"))),
        env).build()) {
      assertThat(lite.suggesters()).extracting(Suggester::name)
          .containsExactly(Suggesters.COHERE_JUDGE, Suggesters.COHERE_RERANK);
      assertThat(lite.suggesters()).extracting(s -> s.key().provider()).containsOnly("cohere");
    }
    assertThat(suggesters.relevance()).contains(Suggesters.COHERE_RERANK);
  }

  @Test
  void withoutAKeyOnlyTheLocalModelRunsAndWithoutItNothing() {
    Suggesters none = Suggesters.load(false, Map.of("COHERE_API_KEY", " "));
    try (CollectLite lite = none.addTo(CollectLite.builder().store(JdbcStores.sqlite(dir.resolve("b.db"))), Map.of())
        .build()) {
      assertThat(lite.suggesters()).isEmpty();
    }
    assertThat(none.relevance()).isEqualTo(Optional.empty());
  }
}
