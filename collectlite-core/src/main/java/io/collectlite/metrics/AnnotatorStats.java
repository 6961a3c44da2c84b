package io.collectlite.metrics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One annotator's work in a project.
 *
 * <p>Latency counts only annotations made in the workbench, whose time the client measured; imported
 * annotations carry none. Agreement with the final label counts only annotations of tasks that have one
 * (resolved or exported), comparing primary labels.
 *
 * @param annotations every annotation the annotator holds in the project, imported ones included
 * @param timedAnnotations the workbench annotations the latencies are computed over
 * @param medianLatencyMillis median time per annotation (the mean of the two middle ones for an even count)
 * @param meanLatencyMillis mean time per annotation
 * @param comparedWithFinal annotations of tasks that have a final label
 * @param agreeingWithFinal of those, the annotations whose label is the final label
 */
public record AnnotatorStats(long annotatorId, String name, long annotations, long timedAnnotations,
    OptionalDouble medianLatencyMillis, OptionalDouble meanLatencyMillis, long comparedWithFinal,
    long agreeingWithFinal) {
  public AnnotatorStats {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(medianLatencyMillis, "medianLatencyMillis");
    Objects.requireNonNull(meanLatencyMillis, "meanLatencyMillis");
    if (timedAnnotations < 0 || timedAnnotations > annotations) {
      throw new IllegalArgumentException("timed annotations must be within 0 and " + annotations);
    }
    if (agreeingWithFinal < 0 || agreeingWithFinal > comparedWithFinal || comparedWithFinal > annotations) {
      throw new IllegalArgumentException("need 0 <= agreeing <= compared <= annotations");
    }
    if (medianLatencyMillis.isPresent() != (timedAnnotations > 0)
        || meanLatencyMillis.isPresent() != (timedAnnotations > 0)) {
      throw new IllegalArgumentException("latencies are present exactly when annotations were timed");
    }
  }

  /** The share of compared annotations that agree with the final label; empty when none could be compared. */
  public OptionalDouble agreementWithFinal() {
    return comparedWithFinal == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) agreeingWithFinal / comparedWithFinal);
  }
}
