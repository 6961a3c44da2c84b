package io.collectlite.gold;

import java.util.Objects;

/** An annotator's record on gold: answers given on gold tasks and how many matched the gold answer. */
public record GoldTally(long annotatorId, String annotatorName, long correct, long total) {
  public GoldTally {
    Objects.requireNonNull(annotatorName, "annotatorName");
    if (correct < 0 || correct > total) throw new IllegalArgumentException("need 0 <= correct <= total");
  }
}
