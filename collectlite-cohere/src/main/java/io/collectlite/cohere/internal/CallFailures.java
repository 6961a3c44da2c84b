package io.collectlite.cohere.internal;

import com.cohere.api.core.CohereApiException;
import com.cohere.api.core.CohereException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.collectlite.suggestion.SuggestionCallException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the SDK's exceptions into {@link SuggestionCallException}s, retryable or not. */
final class CallFailures {
  private static final int SHOWN_BODY = 300;

  private CallFailures() {}

  static SuggestionCallException translate(String endpoint, CohereException e, Duration timeout, Clock clock) {
    if (e instanceof CohereApiException api) return fromStatus(endpoint, api, clock);
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException json) {
      return new SuggestionCallException("Cohere's " + endpoint + " response could not be read: "
          + json.getOriginalMessage(), false, e);
    }
    if (cause instanceof InterruptedIOException) {
      return new SuggestionCallException("Cohere " + endpoint + " call timed out after " + timeout.toMillis() + " ms",
          true, e);
    }
    if (cause instanceof IOException io) {
      return new SuggestionCallException("Cohere " + endpoint + " call failed: " + io, true, e);
    }
    return new SuggestionCallException("Cohere " + endpoint + " call failed: " + e.getMessage(), false, e);
  }

  private static SuggestionCallException fromStatus(String endpoint, CohereApiException api, Clock clock) {
    int status = api.statusCode();
    // 408 is a timeout the server declared: as transient as our own timeouts
    boolean retryable = status == 429 || status == 408 || status >= 500;
    Duration wait = retryable ? retryAfter(api.headers(), clock).orElse(Duration.ZERO) : Duration.ZERO;
    String hint = status == 401 || status == 498 ? " (check the API key)" : "";
    return new SuggestionCallException("Cohere " + endpoint + " answered HTTP " + status + hint + describe(api.body()),
        retryable, wait, api);
  }

  /** The wait a {@code Retry-After} header names, in seconds or as an HTTP date; empty when none or past. */
  static Optional<Duration> retryAfter(Map<String, List<String>> headers, Clock clock) {
    Optional<String> value = headers.entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After"))
        .flatMap(h -> h.getValue().stream())
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .findFirst();
    if (value.isEmpty()) return Optional.empty();
    String text = value.get();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        long seconds = Long.parseLong(text);
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    try {
      ZonedDateTime then = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration until = Duration.between(clock.instant(), then);
      return until.isNegative() || until.isZero() ? Optional.empty() : Optional.of(until);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String describe(Object body) {
    String text;
    if (body instanceof Map<?, ?> map && map.get("message") != null) {
      text = String.valueOf(map.get("message"));
    } else if (body instanceof String s) {
      text = s;
    } else {
      text = body == null ? "" : String.valueOf(body);
    }
    text = text.strip();
    if (text.isEmpty() || text.equals("{}")) return "";
    return ": " + (text.length() > SHOWN_BODY ? text.substring(0, SHOWN_BODY) + "…" : text);
  }
}
