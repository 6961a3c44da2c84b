package io.collectlite.jdbc.internal;

import java.time.Instant;

/** Instants as the stored form: microseconds since the epoch, UTC (the precision both databases keep). */
final class Micros {
  private static final long PER_SECOND = 1_000_000L;

  private Micros() {}

  static long of(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), PER_SECOND), instant.getNano() / 1_000);
  }

  static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1_000);
  }
}
