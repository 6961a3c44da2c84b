package io.collectlite.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The tasks that ended with one final label (resolved or exported), and how a model's suggestion fared on
 * them: the latest suggestion of each task's example is compared with the final label.
 *
 * @param label the final label (a reviewer's decision, else the consensus)
 * @param tasks tasks with this final label
 * @param suggested of those, tasks whose example has a model suggestion
 * @param suggestionDiffers of those, tasks whose latest suggestion is another label
 */
public record FinalLabelTally(String label, long tasks, long suggested, long suggestionDiffers) {
  public FinalLabelTally {
    Objects.requireNonNull(label, "label");
    if (suggestionDiffers < 0 || suggestionDiffers > suggested || suggested > tasks) {
      throw new IllegalArgumentException("need 0 <= suggestion differs <= suggested <= tasks");
    }
  }

  /** Tasks by final label, in label order. */
  public static Map<String, Long> counts(Collection<FinalLabelTally> tallies) {
    Map<String, Long> counts = new TreeMap<>();
    tallies.forEach(t -> counts.merge(t.label(), t.tasks(), Long::sum));
    return counts;
  }

  /** The model–human disagreement over every final label. */
  public static ModelDisagreement modelDisagreement(Collection<FinalLabelTally> tallies) {
    return new ModelDisagreement(tallies.stream().mapToLong(FinalLabelTally::suggested).sum(),
        tallies.stream().mapToLong(FinalLabelTally::suggestionDiffers).sum());
  }
}
