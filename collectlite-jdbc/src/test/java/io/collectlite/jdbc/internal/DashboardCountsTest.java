package io.collectlite.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link DashboardCounts} reads back a task's labels as the triggers key them. */
class DashboardCountsTest {
  @Test
  void lengthPrefixedLabelsCountCodePoints() {
    assertThat(DashboardCounts.unprefix("1:a3:b:13:x\u001fy")).containsExactly("a", "b:1", "x\u001fy");
    assertThat(DashboardCounts.unprefix("2:\uD83D\uDE00x1:\u00e9")).containsExactly("\uD83D\uDE00x", "\u00e9");
    assertThat(DashboardCounts.unprefix("")).isEmpty();
  }

  @Test
  void aLatencyBucketStartsAtItsLeadingDigitsAndHalf() {
    assertThat(DashboardCounts.bucketStart("4:15")).isEqualTo(1500);
    assertThat(DashboardCounts.bucketStart("4:10")).isEqualTo(1000);
    assertThat(DashboardCounts.bucketStart("2:35")).isEqualTo(35);
    assertThat(DashboardCounts.bucketStart("1:70")).isEqualTo(7);
    assertThat(DashboardCounts.bucketStart("1:00")).isZero();
    assertThat(DashboardCounts.bucketStart("18:95")).isEqualTo(950_000_000_000_000_000L);
  }

  @Test
  void aBucketKeyItCannotReadFallsBackToTheFirstLatency() {
    for (String key : new String[] {"3:-0", "2:-5", "19:90", "4:1", "x:10", ":10", "4:05"}) {
      assertThat(DashboardCounts.bucketStart(key)).as(key).isEqualTo(Long.MIN_VALUE);
    }
  }
}
