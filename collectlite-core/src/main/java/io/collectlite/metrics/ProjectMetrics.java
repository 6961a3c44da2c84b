package io.collectlite.metrics;

import io.collectlite.task.TaskState;
import java.util.EnumMap;
import java.util.Map;

/**
 * A project's progress at a glance.
 *
 * @param tasksByState every state, with zero for states no task is in
 * @param finalLabels how many resolved or exported tasks carry each final label
 * @param exportReadiness share of tasks that have a final label, 0 when there are no tasks
 * @param agreement Krippendorff's alpha on the first question; empty until tasks have two annotations
 */
public record ProjectMetrics(long examples, long annotations, Map<TaskState, Long> tasksByState,
    Map<String, Long> finalLabels, long reviewBacklog, long exports, double exportReadiness,
    java.util.Optional<AgreementSummary> agreement) {
  public ProjectMetrics {
    java.util.Objects.requireNonNull(agreement, "agreement");
    var all = new EnumMap<TaskState, Long>(TaskState.class);
    for (TaskState s : TaskState.values()) all.put(s, tasksByState.getOrDefault(s, 0L));
    tasksByState = Map.copyOf(all);
    finalLabels = Map.copyOf(finalLabels);
  }

  /** Total tasks in any state. */
  public long tasks() {
    return tasksByState.values().stream().mapToLong(Long::longValue).sum();
  }
}
