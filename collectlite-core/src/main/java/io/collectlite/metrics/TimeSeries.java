package io.collectlite.metrics;

import java.util.List;

/**
 * A project's activity by UTC day, oldest first; a day on which nothing was created, completed or annotated
 * is left out, so the series stays short however far apart its days lie.
 *
 * @param days one entry per active day, in ascending order without repeats
 */
public record TimeSeries(List<DailyActivity> days) {
  public TimeSeries {
    days = List.copyOf(days);
    for (int i = 1; i < days.size(); i++) {
      if (!days.get(i - 1).day().isBefore(days.get(i).day())) {
        throw new IllegalArgumentException("days must ascend without repeats: " + days.get(i).day());
      }
    }
  }
}
