package io.collectlite.suggestion;

import java.time.Instant;
import java.util.Objects;

/** A request a model could not answer, recorded after its last try with the error. */
public record SuggestionFailure(String exampleId, SuggestionKey key, String error, int attempts, Instant createdAt) {
  public SuggestionFailure {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
