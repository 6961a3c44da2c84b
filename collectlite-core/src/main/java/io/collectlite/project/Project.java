package io.collectlite.project;

import io.collectlite.export.SplitRatios;
import java.time.Instant;
import java.util.Objects;

/**
 * A labelling project: one task type, one (versioned) template, and the settings that drive its
 * queue.
 *
 * @param overlap how many annotators label each task
 * @param seed fixes the train/validation/evaluation split of every example, across export versions
 * @param splitRatios the shares of the splits, chosen at creation and used by every export
 */
public record Project(
    long id, String name, TaskType taskType, int overlap, long seed, long ownerId, Instant createdAt,
    SplitRatios splitRatios) {
  public Project {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    Objects.requireNonNull(taskType, "taskType");
    if (overlap < 1) throw new IllegalArgumentException("overlap must be >= 1");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(splitRatios, "splitRatios");
  }
}
