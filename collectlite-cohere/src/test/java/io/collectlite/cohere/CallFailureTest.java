package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.collectlite.project.TaskType;
import io.collectlite.suggestion.SuggestionCallException;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.Presets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How failed calls reach the pipeline: once each, retryable or not, with Cohere's wait when it names one. */
class CallFailureTest {
  private static final SuggestionContext RELEVANCE = new SuggestionContext(TaskType.DOCUMENT_RELEVANCE,
      Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), "");
  private static final List<SuggestionRequest> ONE = List.of(
      new SuggestionRequest("e1", Map.of("query", "q", "document", "d")));
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private final FakeCohere cohere = FakeCohere.start();

  @AfterEach
  void stop() {
    cohere.close();
  }

  private SuggestionCallException rerankFails() {
    return rerankFails(Duration.ofSeconds(30));
  }

  private SuggestionCallException rerankFails(Duration timeout) {
    CohereSuggester reranker = CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).timeout(timeout).buildReranker();
    return catchThrowableOfType(SuggestionCallException.class, () -> reranker.suggest(ONE, RELEVANCE));
  }

  @Test
  void rateLimitIsRetryableAfterTheRetryAfterSecondsAndTheSdkDoesNotRetryIt() {
    cohere.reply("/v2/rerank", 429,
        "{\"message\":\"You are using a Trial key, which is limited to 10 API calls / minute\"}", "Retry-After", "7");
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.9));

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(failure).hasMessage("Cohere rerank answered HTTP 429: You are using a Trial key, which is limited to "
        + "10 API calls / minute");
    assertThat(cohere.requests()).hasSize(1);
  }

  @Test
  void retryAfterAsAnHttpDateIsTheWaitUntilThen() {
    cohere.reply("/v2/rerank", 429, "{\"message\":\"slow down\"}", "Retry-After", "Wed, 02 Dec 2026 10:01:30 GMT");

    assertThat(rerankFails().retryAfter()).contains(Duration.ofSeconds(90));
  }

  @Test
  void rateLimitWithoutRetryAfterNamesNoWait() {
    cohere.reply("/v2/rerank", 429, "{\"message\":\"slow down\"}");

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorsAreRetryableAndTriedOnce(int status) {
    cohere.reply("/v2/rerank", status, "{\"message\":\"internal error\"}", "Retry-After", "3");
    cohere.reply("/v2/rerank", 200, Wire.rerank(1, 0.9));

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(failure.getMessage()).startsWith("Cohere rerank answered HTTP " + status);
    assertThat(cohere.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void otherClientErrorsAreNotRetryable(int status) {
    cohere.reply("/v2/rerank", status, "{\"message\":\"invalid request: model 'x' not found\"}", "Retry-After", "5");

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.retryAfter()).isEmpty();
    assertThat(failure.getMessage()).startsWith("Cohere rerank answered HTTP " + status)
        .endsWith(": invalid request: model 'x' not found");
  }

  @Test
  void anUnauthorizedKeyIsNamedAsTheLikelyCause() {
    cohere.reply("/v2/rerank", 401, "{\"message\":\"invalid api token\"}");

    assertThat(rerankFails()).hasMessage("Cohere rerank answered HTTP 401 (check the API key): invalid api token");
  }

  @Test
  void aBodyThatIsNotJsonIsANonRetryableFailureNamingTheEndpoint() {
    cohere.reply("/v2/rerank", 200, "<html>gateway</html>");

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).startsWith("Cohere's rerank response could not be read: ");
  }

  @Test
  void aBodyOfTheWrongShapeIsANonRetryableFailure() {
    cohere.reply("/v2/rerank", 200, "{\"results\":\"none today\"}");

    SuggestionCallException failure = rerankFails();

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).startsWith("Cohere's rerank response could not be read: ");
  }

  @Test
  void aTimeoutIsRetryable() {
    cohere.replyLate("/v2/rerank", 10_000, Wire.rerank(1, 0.9));

    SuggestionCallException failure = rerankFails(Duration.ofMillis(500));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure).hasMessage("Cohere rerank call timed out after 500 ms");
  }

  @Test
  void anUnreachableServerIsRetryable() {
    String url = cohere.baseUrl();
    cohere.close();
    CohereSuggester reranker = CohereSuggester.builder().apiKey(FakeCohere.KEY).baseUrl(url).buildReranker();

    SuggestionCallException failure = catchThrowableOfType(SuggestionCallException.class,
        () -> reranker.suggest(ONE, RELEVANCE));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.getMessage()).startsWith("Cohere rerank call failed: ");
  }
}
