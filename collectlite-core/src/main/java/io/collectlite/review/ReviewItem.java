package io.collectlite.review;

import io.collectlite.annotation.Annotation;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.task.Task;
import java.util.List;
import java.util.Objects;

/** A contested task as a reviewer sees it: the source, every annotation, and the engine's proposal. */
public record ReviewItem(Task task, List<Annotation> annotations, ConsensusResult consensus) {
  public ReviewItem {
    Objects.requireNonNull(task, "task");
    annotations = List.copyOf(annotations);
    Objects.requireNonNull(consensus, "consensus");
  }
}
