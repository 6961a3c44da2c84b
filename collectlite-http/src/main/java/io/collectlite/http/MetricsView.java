package io.collectlite.http;

import io.collectlite.metrics.ProjectMetrics;
import io.collectlite.task.TaskState;
import io.javalin.openapi.OpenApiRequired;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's progress.
 *
 * @param tasks_by_state every task state (created … exported) with its count, zeros included
 * @param final_labels how many resolved or exported tasks carry each final label
 * @param review_backlog tasks waiting for a reviewer
 * @param exports export versions written
 * @param export_readiness share of tasks with a final label, 0 to 1
 * @param agreement Krippendorff's alpha on the first question, absent until tasks have two annotations
 */
record MetricsView(@OpenApiRequired long examples, @OpenApiRequired long annotations, @OpenApiRequired long tasks,
    @OpenApiRequired Map<String, Long> tasks_by_state, @OpenApiRequired Map<String, Long> final_labels,
    @OpenApiRequired long review_backlog, @OpenApiRequired long exports, @OpenApiRequired double export_readiness,
    AgreementView agreement) {
  /**
   * @param level the data level alpha was computed at: nominal, ordinal or interval
   * @param pairable_values annotations of tasks with two or more
   */
  record AgreementView(@OpenApiRequired String level, @OpenApiRequired double alpha,
      @OpenApiRequired int pairable_values) {}

  static MetricsView of(ProjectMetrics m) {
    Map<String, Long> byState = new LinkedHashMap<>();
    for (TaskState state : TaskState.values()) byState.put(state.wire(), m.tasksByState().getOrDefault(state, 0L));
    return new MetricsView(m.examples(), m.annotations(), m.tasks(), byState, new TreeMap<>(m.finalLabels()),
        m.reviewBacklog(), m.exports(), m.exportReadiness(),
        m.agreement().map(a -> new AgreementView(a.level(), a.alpha(), a.pairableValues())).orElse(null));
  }
}
