package io.collectlite.metrics;

import java.util.Map;

/**
 * How labels of the first question are spread.
 *
 * @param finalLabels tasks with a final label (resolved or exported), by that label
 * @param annotations every annotation, by its primary label
 */
public record LabelDistribution(Map<String, Long> finalLabels, Map<String, Long> annotations) {
  public LabelDistribution {
    finalLabels = Map.copyOf(finalLabels);
    annotations = Map.copyOf(annotations);
  }
}
