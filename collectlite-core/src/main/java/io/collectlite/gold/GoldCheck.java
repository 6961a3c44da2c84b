package io.collectlite.gold;

import java.util.Objects;

/** One annotation on a gold task, next to the gold answer: the evidence of an annotator's accuracy. */
public record GoldCheck(long taskId, long annotatorId, String annotatorName, String label, String goldLabel) {
  public GoldCheck {
    Objects.requireNonNull(annotatorName, "annotatorName");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(goldLabel, "goldLabel");
  }
}
