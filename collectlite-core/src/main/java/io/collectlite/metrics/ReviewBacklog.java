package io.collectlite.metrics;

import java.util.Map;

/**
 * Tasks waiting for a reviewer, and why they were sent there.
 *
 * @param tasks tasks in {@code needs_review}
 * @param byReason tasks by each reason their latest consensus gave (such as {@code disagreement}); a task
 *     with several reasons counts under each, so the counts may add up to more than {@code tasks}
 */
public record ReviewBacklog(long tasks, Map<String, Long> byReason) {
  public ReviewBacklog {
    if (tasks < 0) throw new IllegalArgumentException("tasks must not be negative");
    byReason = Map.copyOf(byReason);
  }
}
