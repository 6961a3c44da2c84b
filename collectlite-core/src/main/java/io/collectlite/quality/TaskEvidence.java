package io.collectlite.quality;

import io.collectlite.annotation.Annotation;
import io.collectlite.suggestion.ModelSuggestion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a consensus policy decides one task from.
 *
 * @param annotations all of the task's annotations, at least one
 * @param suggestion the newest model suggestion for the task's example, if any
 */
public record TaskEvidence(long taskId, List<Annotation> annotations, Optional<ModelSuggestion> suggestion) {
  public TaskEvidence {
    annotations = List.copyOf(annotations);
    if (annotations.isEmpty()) throw new IllegalArgumentException("a consensus needs an annotation");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** The annotations' primary keys, in annotation order. */
  public List<String> labels() {
    return annotations.stream().map(Annotation::label).toList();
  }
}
