package io.collectlite.suggestion;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed model call is tried again: up to {@code maxAttempts} tries in all, waiting
 * {@code initialBackoff · 2ⁿ⁻¹} (at most {@code maxBackoff}) after the n-th failure, or longer when the
 * service named a wait ({@code Retry-After}, honoured up to {@code maxRetryAfter}).
 *
 * @param sleeper how to wait (the thread sleeps; tests record the waits instead)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
    Sleeper sleeper) {
  /** Four tries, waiting 1 s, 2 s, 4 s, honouring a named wait up to 5 minutes. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30),
      Duration.ofMinutes(5), Sleeper.THREAD);

  public RetryPolicy {
    if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /** The wait after the {@code failures}-th failure, given the wait the service named (zero for none). */
  public Duration delay(int failures, Duration named) {
    long exponential = initialBackoff.toMillis() << Math.min(failures - 1, 30);
    Duration backoff = Duration.ofMillis(Math.min(exponential, maxBackoff.toMillis()));
    Duration asked = named.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : named;
    return asked.compareTo(backoff) > 0 ? asked : backoff;
  }

  /** The same policy waiting through another sleeper. */
  public RetryPolicy withSleeper(Sleeper other) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, other);
  }

  /** Waits. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /** Waits {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }
}
