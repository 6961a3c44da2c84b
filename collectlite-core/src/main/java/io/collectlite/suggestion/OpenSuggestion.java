package io.collectlite.suggestion;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** The latest suggestion for the example of an open task: what active learning orders the queue by. */
public record OpenSuggestion(long exampleRowId, Map<String, Double> distribution, OptionalDouble confidence) {
  public OpenSuggestion {
    distribution = Map.copyOf(distribution);
    Objects.requireNonNull(confidence, "confidence");
  }
}
