package io.collectlite.gold;

/**
 * Whether an annotator's next claim is served from gold: a pseudo-random draw, fixed by the
 * project, the annotator and how many tasks they have held there, below the project's gold rate.
 * So gold tasks arrive at the rate on average, at no position an annotator could learn, and the
 * same history always gives the same answer (reproducible in tests and audits).
 */
public final class GoldMix {
  private GoldMix() {}

  /** Whether the claim after {@code held} earlier assignments is a gold one. */
  public static boolean servesGold(long projectId, long annotatorId, long held, double rate) {
    if (rate <= 0) return false;
    long bits = mix(mix(mix(0x9E3779B97F4A7C15L ^ projectId) ^ annotatorId) ^ held);
    double uniform = (bits >>> 11) * 0x1.0p-53;
    return uniform < rate;
  }

  // SplitMix64's finaliser (Steele, Lea & Flood 2014)
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
