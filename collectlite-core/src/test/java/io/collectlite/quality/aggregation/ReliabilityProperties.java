package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class ReliabilityProperties {
  /** Gold counts {correct, total}. */
  @Provide
  Arbitrary<long[]> gold() {
    return Arbitraries.longs().between(0, 5_000)
        .flatMap(total -> Arbitraries.longs().between(0, total).map(correct -> new long[] {correct, total}));
  }

  @Provide
  Arbitrary<BetaPrior> priors() {
    return Combinators.combine(Arbitraries.doubles().between(0.1, 20), Arbitraries.doubles().between(0.1, 20))
        .as(BetaPrior::new);
  }

  /** Beta(a + 1, b) is stochastically larger than Beta(a, b), so every quantile and the mean grow. */
  @Property
  void anotherCorrectAnswerNeverLowersTheEstimateOrTheBounds(@ForAll("gold") long[] gold,
      @ForAll("priors") BetaPrior prior) {
    Reliability before = Reliability.fromGold(gold[0], gold[1], prior);
    Reliability after = Reliability.fromGold(gold[0] + 1, gold[1] + 1, prior);

    assertThat(after.estimate()).isGreaterThan(before.estimate());
    assertThat(after.lower()).isGreaterThanOrEqualTo(before.lower());
    assertThat(after.upper()).isGreaterThanOrEqualTo(before.upper());
  }

  @Property
  void anotherWrongAnswerNeverRaisesTheEstimateOrTheBounds(@ForAll("gold") long[] gold,
      @ForAll("priors") BetaPrior prior) {
    Reliability before = Reliability.fromGold(gold[0], gold[1], prior);
    Reliability after = Reliability.fromGold(gold[0], gold[1] + 1, prior);

    assertThat(after.estimate()).isLessThan(before.estimate());
    assertThat(after.lower()).isLessThanOrEqualTo(before.lower());
    assertThat(after.upper()).isLessThanOrEqualTo(before.upper());
  }

  /** If X ~ Beta(a, b) then 1 - X ~ Beta(b, a): swapping right and wrong mirrors the interval. */
  @Property
  void swappingRightAndWrongMirrorsTheInterval(@ForAll("gold") long[] gold) {
    Reliability right = Reliability.fromGold(gold[0], gold[1], BetaPrior.JEFFREYS);
    Reliability wrong = Reliability.fromGold(gold[1] - gold[0], gold[1], BetaPrior.JEFFREYS);

    assertThat(wrong.lower()).isCloseTo(1 - right.upper(), within(1e-12));
    assertThat(wrong.upper()).isCloseTo(1 - right.lower(), within(1e-12));
    assertThat(wrong.estimate()).isCloseTo(1 - right.estimate(), within(1e-12));
  }

  @Property
  void aHigherLevelWidensTheInterval(@ForAll("gold") long[] gold,
      @ForAll @DoubleRange(min = 0.05, max = 0.9) double level) {
    Reliability narrow = Reliability.fromGold(gold[0], gold[1], BetaPrior.UNIFORM, level);
    Reliability wide = Reliability.fromGold(gold[0], gold[1], BetaPrior.UNIFORM, level + 0.09);

    assertThat(wide.lower()).isLessThanOrEqualTo(narrow.lower());
    assertThat(wide.upper()).isGreaterThanOrEqualTo(narrow.upper());
  }

  /**
   * The quantile is the first double at which the distribution function reaches {@code p}. (Near 0 and 1 a
   * U-shaped density is so steep that no double has {@code cdf(x) = p} to ten digits, so that is not asked.)
   */
  @Property
  void theQuantileIsWhereTheDistributionFunctionReachesP(
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p, @ForAll("priors") BetaPrior shape,
      @ForAll @LongRange(min = 0, max = 1_000) long extra) {
    double a = shape.alpha() + extra;
    double b = shape.beta();
    double quantile = BetaDistribution.quantile(p, a, b);

    assertThat(BetaDistribution.cdf(quantile, a, b)).isGreaterThanOrEqualTo(p);
    assertThat(BetaDistribution.cdf(Math.nextDown(quantile), a, b)).isLessThan(p);
  }
}
