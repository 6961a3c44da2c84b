package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values that follow from the definitions, checked to near double precision. */
class BetaDistributionTest {
  @Test
  void logGammaOfKnownValues() {
    assertThat(BetaDistribution.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(BetaDistribution.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    double logFactorial100 = 0;
    for (int i = 2; i <= 100; i++) {
      logFactorial100 += Math.log(i);
    }
    assertThat(BetaDistribution.logGamma(101)).isCloseTo(logFactorial100, within(1e-11));
  }

  /** Beta(a, a) is symmetric about 1/2; Beta(2, 2) has F(x) = 3x^2 - 2x^3. */
  @Test
  void distributionFunctionOfSymmetricBetas() {
    assertThat(BetaDistribution.cdf(0.5, 7.3, 7.3)).isCloseTo(0.5, within(1e-14));
    assertThat(BetaDistribution.cdf(0.3, 2, 2)).isCloseTo(3 * 0.09 - 2 * 0.027, within(1e-14));
    assertThat(BetaDistribution.cdf(0.9, 2, 2)).isCloseTo(3 * 0.81 - 2 * 0.729, within(1e-14));
  }

  @Test
  void quantilesOfTheEndsAreTheEnds() {
    assertThat(BetaDistribution.quantile(0, 2, 3)).isEqualTo(0);
    assertThat(BetaDistribution.quantile(1, 2, 3)).isEqualTo(1);
    assertThat(BetaDistribution.quantile(0.5, 4, 4)).isCloseTo(0.5, within(1e-14));
  }
}
