package io.collectlite.suggestion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The model-evaluation statistics against worked examples published with their values. */
class PublishedEvaluationExamplesTest {
  /**
   * The IQ against hours of TV per week example of Wikipedia's "Spearman's rank correlation coefficient"
   * (ten people, no ties): Σd² = 194, so ρ = 1 − 6·194 / (10·99) = −29/165 = −0.175757…
   */
  @Test
  void spearmanMatchesTheIqAndTelevisionExample() {
    double[] iq = {106, 86, 100, 101, 99, 103, 97, 113, 112, 110};
    double[] tv = {7, 0, 27, 50, 28, 29, 20, 12, 6, 17};
    assertThat(Spearman.rho(iq, tv).orElseThrow()).isCloseTo(-29.0 / 165, within(1e-12));
  }

  /** Ties share their mean rank (the published rule); by hand, x = 1 2 2 3 ranks 1 2.5 2.5 4. */
  @Test
  void tiedValuesShareTheirMeanRank() {
    assertThat(Spearman.ranks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
    assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isEmpty();
  }

  /**
   * Wikipedia's "Discounted cumulative gain" example: six documents graded 3, 2, 3, 0, 1, 2 in the ranked
   * order give DCG₆ = 6.861; with two more relevant documents judged (grades 3 and 2) the ideal order
   * 3, 3, 3, 2, 2, 2 gives IDCG₆ = 8.740, so nDCG₆ = 0.785.
   */
  @Test
  void ndcgMatchesTheWikipediaExample() {
    double[] ranked = {3, 2, 3, 0, 1, 2};
    assertThat(Ndcg.dcg(ranked, 6)).isCloseTo(6.861, within(5e-4));
    double[] judged = {3, 2, 3, 0, 1, 2, 3, 2};
    assertThat(Ndcg.dcg(new double[] {3, 3, 3, 2, 2, 2}, 6)).isCloseTo(8.740, within(5e-4));
    assertThat(Ndcg.atK(ranked, judged, 6).orElseThrow()).isCloseTo(0.785, within(5e-4));
    assertThat(Ndcg.atK(new double[] {3, 3, 2, 2, 1, 0}, 6).orElseThrow()).isEqualTo(1.0);
    assertThat(Ndcg.atK(new double[] {0, 0}, 2)).isEmpty();
  }

  /**
   * Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17,
   * 857–872, Table II, method 3 (Wilson score, no continuity correction): 81/263 → 0.2553 to 0.3662 and
   * 15/148 → 0.0624 to 0.1605; 0/20 → 0 to 0.1611.
   */
  @Test
  void wilsonIntervalsMatchNewcombesTable() {
    assertInterval(new Proportion(81, 263).wilson().orElseThrow(), 0.2553, 0.3662);
    assertInterval(new Proportion(15, 148).wilson().orElseThrow(), 0.0624, 0.1605);
    assertInterval(new Proportion(0, 20).wilson().orElseThrow(), 0.0, 0.1611);
  }

  /**
   * Newcombe (1998), "Interval estimation for the difference between independent proportions: comparison of
   * eleven methods", Statistics in Medicine 17, 873–890, Table II, example (a) 56/70 − 48/80 by method 10
   * (hybrid score): 0.0524 to 0.3339.
   */
  @Test
  void newcombeDifferenceMatchesThePublishedExample() {
    Proportion.Difference d = new Proportion(56, 70).minus(new Proportion(48, 80)).orElseThrow();
    assertThat(d.estimate()).isCloseTo(0.2, within(1e-12));
    assertInterval(d.interval(), 0.0524, 0.3339);
  }

  private static void assertInterval(Proportion.Interval interval, double lower, double upper) {
    assertThat(interval.lower()).isCloseTo(lower, within(5e-5));
    assertThat(interval.upper()).isCloseTo(upper, within(5e-5));
  }
}
