package io.collectlite.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The counted part of a project's dashboard, read together: activity by day, each annotator's work, the
 * tasks by the multiset of their labels, and the tasks with a final label by that label.
 *
 * @param activity tasks created, tasks completed and annotations made by UTC day
 * @param annotators each annotator with an annotation in the project, ordered by name
 * @param labelProfiles the tasks counted by the multiset of their annotations' primary labels
 * @param finalLabels the tasks with a final label, by that label, with the model's latest suggestion compared
 */
public record ProjectCounts(TimeSeries activity, List<AnnotatorStats> annotators, List<LabelProfile> labelProfiles,
    List<FinalLabelTally> finalLabels) {
  public ProjectCounts {
    Objects.requireNonNull(activity, "activity");
    annotators = List.copyOf(annotators);
    labelProfiles = List.copyOf(labelProfiles);
    finalLabels = List.copyOf(finalLabels);
  }
}
