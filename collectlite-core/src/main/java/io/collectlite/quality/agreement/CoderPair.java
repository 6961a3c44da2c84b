package io.collectlite.quality.agreement;

import java.util.Objects;

/**
 * Cohen's kappa of two coders over the units both rated.
 *
 * @param first the coder that sorts first
 * @param second the other coder
 * @param kappa their agreement
 */
public record CoderPair(String first, String second, Kappa kappa) {
  public CoderPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(kappa, "kappa");
    if (first.compareTo(second) >= 0) throw new IllegalArgumentException("first must sort before second");
  }
}
