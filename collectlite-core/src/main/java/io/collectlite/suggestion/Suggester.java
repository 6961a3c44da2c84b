package io.collectlite.suggestion;

import java.util.Objects;

/**
 * A suggester configured on an instance: the name owners start it by (e.g. {@code local}, {@code cohere-rerank})
 * and the provider, model and prompt version its suggestions record.
 */
public record Suggester(String name, SuggestionKey key) {
  public Suggester {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }
}
