package io.collectlite.quality.aggregation;

import java.util.Objects;

/**
 * One annotator's label on one task.
 *
 * <p>An annotator may label a task more than once (a repeated reading, as in Dawid and Skene's example); each
 * vote then counts on its own.
 *
 * @param taskId the task
 * @param annotatorId the annotator
 * @param label the answer's consensus key
 */
public record Vote(long taskId, long annotatorId, String label) {
  public Vote {
    Objects.requireNonNull(label, "label");
  }
}
