package io.collectlite.cohere.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The connection part of the public builders: API key, base URL, timeout, clock. Not thread-safe. */
public final class ConnectionSettings {
  /** The environment variable {@code fromEnvironment()} reads. */
  public static final String API_KEY_VARIABLE = "COHERE_API_KEY";
  /** Cohere's API, without a version: the SDK adds {@code /v2/...}. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.cohere.com");
  /** The SDK's own default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private String apiKey;
  private URI baseUrl = DEFAULT_BASE_URL;
  private Duration timeout = DEFAULT_TIMEOUT;
  private Clock clock = Clock.systemUTC();

  /** Sets the key; refuses an empty one. */
  public void apiKey(String key) {
    if (key == null || key.isBlank()) throw new IllegalArgumentException("the Cohere API key is empty");
    this.apiKey = key.strip();
  }

  /** Reads the key from {@link #API_KEY_VARIABLE} through {@code env} (e.g. {@code System::getenv}). */
  public void fromEnvironment(UnaryOperator<String> env) {
    String key = env.apply(API_KEY_VARIABLE);
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(API_KEY_VARIABLE + " is not set: export your Cohere API key in it, or pass "
          + "the key to apiKey(...)");
    }
    this.apiKey = key.strip();
  }

  /** Sets the base URL: http or https, a host, no {@code /v1} or {@code /v2}, no query. */
  public void baseUrl(String url) {
    Objects.requireNonNull(url, "baseUrl");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the base URL '" + url + "' is not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("the base URL '" + url + "' must be an http or https URL with a host");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    if (path.endsWith("/v1") || path.endsWith("/v2")) {
      throw new IllegalArgumentException("the base URL '" + url + "' ends in a version: give it without /v1 or /v2, "
          + "the SDK adds /v2/rerank, /v2/chat and /v2/embed");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException("the base URL '" + url + "' cannot carry a query or a fragment");
    }
    this.baseUrl = uri;
  }

  /** Sets the timeout of one call: above 0, at most an hour. */
  public void timeout(Duration value) {
    Objects.requireNonNull(value, "timeout");
    if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("the timeout must be above 0 and at most an hour, was " + value);
    }
    this.timeout = value;
  }

  /** Sets the clock. */
  public void clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
  }

  /** A client for these settings; refused when no key was given. */
  public CohereClient open() {
    if (apiKey == null) {
      throw new IllegalStateException("no Cohere API key: call apiKey(...) or fromEnvironment() (reads "
          + API_KEY_VARIABLE + ")");
    }
    return CohereClient.open(apiKey, baseUrl, timeout, clock);
  }
}
