package io.collectlite.metrics;

import java.util.OptionalDouble;

/**
 * How often a model's suggestion differs from the humans' final label, over the tasks with a final label
 * (resolved or exported) whose example has a model suggestion; the latest suggestion of each counts.
 *
 * @param comparedTasks tasks with a final label and a suggestion: the count the rate rests on
 * @param disagreeingTasks of those, tasks whose suggested label is not the final label
 */
public record ModelDisagreement(long comparedTasks, long disagreeingTasks) {
  /** Nothing to compare. */
  public static final ModelDisagreement NONE = new ModelDisagreement(0, 0);

  public ModelDisagreement {
    if (disagreeingTasks < 0 || disagreeingTasks > comparedTasks) {
      throw new IllegalArgumentException("need 0 <= disagreeing <= compared");
    }
  }

  /** The share of compared tasks the model got wrong; empty when there is nothing to compare. */
  public OptionalDouble rate() {
    return comparedTasks == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) disagreeingTasks / comparedTasks);
  }
}
