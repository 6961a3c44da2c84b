package io.collectlite.review;

import io.collectlite.annotation.Annotation;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.task.Task;
import java.util.List;
import java.util.Objects;

/**
 * A contested task as a reviewer sees it: the source fields (with any metadata), every annotation
 * with its annotator, confidence, notes and latency, the engine's proposal with the reasons the
 * task is here, and the model suggestions for its example.
 */
public record ReviewItem(Task task, List<Annotation> annotations, ConsensusResult consensus,
    List<io.collectlite.suggestion.ModelSuggestion> suggestions) {
  public ReviewItem {
    Objects.requireNonNull(task, "task");
    annotations = List.copyOf(annotations);
    Objects.requireNonNull(consensus, "consensus");
    suggestions = List.copyOf(suggestions);
  }

  /** A review item without model suggestions. */
  public ReviewItem(Task task, List<Annotation> annotations, ConsensusResult consensus) {
    this(task, annotations, consensus, List.of());
  }
}
