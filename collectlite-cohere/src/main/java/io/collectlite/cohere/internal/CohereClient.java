package io.collectlite.cohere.internal;

import com.cohere.api.Cohere;
import com.cohere.api.core.CohereException;
import com.cohere.api.resources.v2.V2Client;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * The SDK client as this adapter configures it, and the one place its calls are made and its
 * failures translated. Thread-safe.
 *
 * <p>The SDK is given an OkHttpClient of ours, so it installs no retry interceptor of its own (it
 * would retry 408, 429 and 5xx twice, sleeping on the caller's thread, with a backoff counter shared
 * by every call of the client); {@code maxRetries(0)} keeps that true should the SDK change. Every
 * failure reaches the pipeline once, as a {@link io.collectlite.suggestion.SuggestionCallException},
 * and the pipeline's backoff decides.
 */
public final class CohereClient {
  private final Cohere cohere;
  private final Clock clock;
  private final Duration timeout;

  private CohereClient(Cohere cohere, Clock clock, Duration timeout) {
    this.cohere = cohere;
    this.clock = clock;
    this.timeout = timeout;
  }

  static CohereClient open(String apiKey, URI baseUrl, Duration timeout, Clock clock) {
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .addInterceptor(new RerankResultCheck())
        .build();
    Cohere cohere = Cohere.builder()
        .token(apiKey)
        .url(baseUrl.toString())
        .httpClient(http)
        .maxRetries(0)
        .clientName("collectlite")
        .build();
    return new CohereClient(cohere, clock, timeout);
  }

  /** The clock that times calls and reads {@code Retry-After} dates. */
  public Clock clock() {
    return clock;
  }

  /**
   * Makes one SDK call and times it.
   *
   * @param endpoint {@code rerank}, {@code chat} or {@code embed}, for messages
   * @throws io.collectlite.suggestion.SuggestionCallException when the call failed as a whole
   */
  public <T> Timed<T> call(String endpoint, Function<V2Client, T> call) {
    long start = clock.millis();
    try {
      T value = call.apply(cohere.v2());
      return new Timed<>(value, Math.max(0, clock.millis() - start));
    } catch (CohereException e) {
      throw CallFailures.translate(endpoint, e, timeout, clock);
    }
  }

  /** An SDK answer and how long the call took, in milliseconds. */
  public record Timed<T>(T value, long millis) {}
}
