package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTest {
  /**
   * Laplace, Essai philosophique sur les probabilités (1814): the sun having risen on 1,826,213 days (5,000
   * years), the probability that it rises tomorrow is 1,826,214 / 1,826,215 by his rule of succession, the
   * posterior mean under the uniform prior.
   */
  @Test
  void laplacesSunriseIsTheRuleOfSuccession() {
    Reliability sunrise = Reliability.fromGold(1_826_213, 1_826_213, BetaPrior.UNIFORM);

    assertThat(sunrise.estimate()).isEqualTo(1_826_214 / 1_826_215.0);
    assertThat(sunrise.upper()).isLessThanOrEqualTo(1.0);
    assertThat(sunrise.lower()).isGreaterThan(0.999_99);
  }

  /** The default prior is uniform: 2 of 2 is (2 + 1) / (2 + 2) = 0.75, and no gold at all is 0.5. */
  @Test
  void twoOfTwoIsNotCertainty() {
    assertThat(Reliability.fromGold(2, 2).estimate()).isEqualTo(0.75);
    assertThat(Reliability.fromGold(0, 0).estimate()).isEqualTo(0.5);
    assertThat(Reliability.fromGold(2, 2, BetaPrior.JEFFREYS).estimate()).isEqualTo(2.5 / 3);
  }

  /**
   * 2 of 2 under the uniform prior is Beta(3, 1), whose distribution function is x^3: its 2.5% and 97.5%
   * quantiles are 0.025^(1/3) and 0.975^(1/3).
   */
  @Test
  void twoOfTwoHasTheExactBetaThreeOneInterval() {
    Reliability reliability = Reliability.fromGold(2, 2);

    assertThat(reliability.lower()).isCloseTo(Math.cbrt(0.025), within(1e-13));
    assertThat(reliability.upper()).isCloseTo(Math.cbrt(0.975), within(1e-13));
  }

  /**
   * The Jeffreys interval, the equal-tailed 95% interval of Beta(x + 1/2, n - x + 1/2), as printed in the
   * documented example output of R's RSurveillance package, {@code binom.jeffreys(25, 200)} and
   * {@code binom.jeffreys(seq(10, 100, 10), 200)} (rdrr.io/cran/RSurveillance/man/binom.jeffreys.html), which
   * computes it with R's {@code qbeta} (its formula is quoted in epiR's {@code zjeffreys}).
   */
  @Test
  void jeffreysIntervalsMatchRsPublishedExample() {
    assertJeffreys(25, 200, 0.08462743, 0.176126);
    assertJeffreys(10, 200, 0.02599340, 0.08687509);
    assertJeffreys(20, 200, 0.06416642, 0.14729862);
    assertJeffreys(30, 200, 0.10567714, 0.20436243);
    assertJeffreys(40, 200, 0.14910087, 0.25950769);
    assertJeffreys(50, 200, 0.19387268, 0.31330266);
    assertJeffreys(60, 200, 0.23970343, 0.36603761);
    assertJeffreys(70, 200, 0.28642624, 0.41787992);
    assertJeffreys(80, 200, 0.33393964, 0.46893129);
  }

  private static void assertJeffreys(long x, long n, double lower, double upper) {
    Reliability reliability = Reliability.fromGold(x, n, BetaPrior.JEFFREYS);
    assertThat(reliability.lower()).as("lower for %d of %d", x, n).isCloseTo(lower, within(5e-9));
    assertThat(reliability.upper()).as("upper for %d of %d", x, n).isCloseTo(upper, within(5e-7));
  }

  /** With no data the Jeffreys posterior is the arcsine law, F(x) = (2 / pi) asin(sqrt x): quantile sin^2(pi p / 2). */
  @Test
  void jeffreysPriorAloneIsTheArcsineLaw() {
    Reliability prior = Reliability.fromGold(0, 0, BetaPrior.JEFFREYS, 0.9);

    assertThat(prior.lower()).isCloseTo(Math.pow(Math.sin(Math.PI * 0.05 / 2), 2), within(1e-13));
    assertThat(prior.upper()).isCloseTo(Math.pow(Math.sin(Math.PI * 0.95 / 2), 2), within(1e-13));
  }

  /** Beta(1, b) has F(x) = 1 - (1 - x)^b: 0 of 9 under the uniform prior gives Beta(1, 10). */
  @Test
  void noneRightHasTheExactBetaOneTenInterval() {
    Reliability reliability = Reliability.fromGold(0, 9);

    assertThat(reliability.estimate()).isCloseTo(1 / 11.0, within(1e-15));
    assertThat(reliability.lower()).isCloseTo(1 - Math.pow(0.975, 0.1), within(1e-13));
    assertThat(reliability.upper()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-13));
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> Reliability.fromGold(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reliability.fromGold(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reliability.fromGold(1, 2, BetaPrior.UNIFORM, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BetaPrior(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
