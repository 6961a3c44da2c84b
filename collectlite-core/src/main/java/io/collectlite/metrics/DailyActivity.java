package io.collectlite.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened in a project on one UTC day.
 *
 * @param day the calendar day in UTC
 * @param tasksCreated tasks generated that day
 * @param tasksCompleted tasks that got their final label that day (resolved by consensus or a reviewer)
 * @param annotationsSubmitted annotations made that day (imported ones on their original day)
 */
public record DailyActivity(LocalDate day, long tasksCreated, long tasksCompleted, long annotationsSubmitted) {
  public DailyActivity {
    Objects.requireNonNull(day, "day");
    if (tasksCreated < 0 || tasksCompleted < 0 || annotationsSubmitted < 0) {
      throw new IllegalArgumentException("daily counts must not be negative");
    }
  }
}
