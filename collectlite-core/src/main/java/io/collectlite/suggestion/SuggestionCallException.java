package io.collectlite.suggestion;

import java.time.Duration;
import java.util.Optional;

/**
 * A model call failed as a whole. Retryable failures (rate limits, server errors, timeouts) are
 * tried again with exponential backoff, waiting at least {@link #retryAfter()} when the service
 * named it; others fail the batch at once.
 */
public class SuggestionCallException extends RuntimeException {
  private final boolean retryable;
  private final Duration retryAfter;

  /** A failure; {@code retryAfter} is {@link Duration#ZERO} when the service named no wait. */
  public SuggestionCallException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
  }

  /** A failure without a named wait. */
  public SuggestionCallException(String message, boolean retryable, Throwable cause) {
    this(message, retryable, Duration.ZERO, cause);
  }

  /** Whether the same call may succeed if tried again. */
  public boolean retryable() {
    return retryable;
  }

  /** The wait the service asked for ({@code Retry-After}), when it named one. */
  public Optional<Duration> retryAfter() {
    return retryAfter.isZero() ? Optional.empty() : Optional.of(retryAfter);
  }
}
