package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small cases worked by hand. Two tasks, two annotators, classes x and y: task 1 has A:x, B:x; task 2 has A:x,
 * B:y.
 *
 * <p>Start (vote shares): T1 = (x 1, y 0), T2 = (x 1/2, y 1/2).
 *
 * <p>M-step, no smoothing: prior x = (1 + 1/2) / 2 = 3/4, y = 1/4. A always says x, so both of A's rows are
 * (x 1, y 0). B's row x: mass 1 said x (task 1) and 1/2 said y (task 2), so (2/3, 1/3); B's row y: mass 1/2, all
 * said y, so (0, 1).
 *
 * <p>E-step: task 1: x 3/4 * 1 * 2/3 = 1/2, y 1/4 * 1 * 0 = 0, so (1, 0). Task 2: x 3/4 * 1 * 1/3 = 1/4, y
 * 1/4 * 1 * 1 = 1/4, so (1/2, 1/2). Log-likelihood ln(1/2) + ln(1/4 + 1/4) = ln(1/4). The posteriors are the
 * starting ones, so the second M-step changes nothing and the fit converges at iteration 2.
 */
class DawidSkeneTest {
  private static final List<Vote> TWO_TASKS = List.of(
      new Vote(1, 10, "x"), new Vote(1, 20, "x"), new Vote(2, 10, "x"), new Vote(2, 20, "y"));

  @Test
  void oneEmStepByHand() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 1));

    assertThat(fit.iterations()).isEqualTo(1);
    assertThat(fit.converged()).isFalse();
    assertThat(fit.priors().get("x")).isCloseTo(0.75, within(1e-15));
    assertThat(fit.confusion().get(10L).probabilities()).isDeepEqualTo(new double[][] {{1, 0}, {1, 0}});
    assertThat(fit.confusion().get(20L).p("x", "x")).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(fit.confusion().get(20L).p("x", "y")).isCloseTo(1 / 3.0, within(1e-15));
    assertThat(fit.confusion().get(20L).p("y", "y")).isEqualTo(1.0);
    assertThat(fit.posteriors().get(1L).get("x")).isEqualTo(1.0);
    assertThat(fit.posteriors().get(2L).get("x")).isCloseTo(0.5, within(1e-15));
    assertThat(fit.logLikelihood()).isCloseTo(Math.log(0.25), within(1e-15));
  }

  @Test
  void theHandWorkedStepIsAFixedPoint() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 100));

    assertThat(fit.converged()).isTrue();
    assertThat(fit.iterations()).isEqualTo(2);
    assertThat(fit.posterior(2)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void equallyProbableClassesResolveToTheFirstInTextOrder() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 100));

    assertThat(fit.label(1)).isEqualTo("x");
    assertThat(fit.label(2)).isEqualTo("x");
  }

  /** Accuracy is sum of prior * P(right | truth): A 3/4 * 1 + 1/4 * 0 = 3/4, B 3/4 * 2/3 + 1/4 * 1 = 3/4. */
  @Test
  void accuracyWeighsEachClassRecallByItsPrior() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 100));

    assertThat(fit.accuracy(10)).isCloseTo(0.75, within(1e-15));
    assertThat(fit.accuracy(20)).isCloseTo(0.75, within(1e-15));
  }

  /**
   * With pseudo-count 1 the first M-step reads: prior x = (3/2 + 1) / (2 + 2) = 5/8; A's row x = (3/2 + 1,
   * 0 + 1) / (3/2 + 2) = (5/7, 2/7), row y = (1/2 + 1, 1) / (1/2 + 2) = (3/5, 2/5); B's row x = (1 + 1,
   * 1/2 + 1) / (7/2) = (4/7, 3/7), row y = (1, 1/2 + 1) / (5/2) = (2/5, 3/5).
   */
  @Test
  void smoothingAddsThePseudoCountToEveryCount() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, new DawidSkeneOptions(1, 1e-12, 1));

    assertThat(fit.priors().get("x")).isCloseTo(5 / 8.0, within(1e-15));
    ConfusionMatrix a = fit.confusion().get(10L);
    ConfusionMatrix b = fit.confusion().get(20L);
    assertThat(a.p("x", "x")).isCloseTo(5 / 7.0, within(1e-15));
    assertThat(a.p("y", "x")).isCloseTo(3 / 5.0, within(1e-15));
    assertThat(b.p("x", "y")).isCloseTo(3 / 7.0, within(1e-15));
    assertThat(b.p("y", "y")).isCloseTo(3 / 5.0, within(1e-15));
  }

  @Test
  void shuffledVotesGiveTheIdenticalResult() {
    List<Vote> votes = DawidSkenePublishedExampleTest.table1();
    List<Vote> shuffled = new ArrayList<>(votes);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(DawidSkene.fit(shuffled)).isEqualTo(DawidSkene.fit(votes));
  }

  /** Under the fitted model, task 2's votes give (1/2, 1/2); one more x from A (who always says x) adds nothing. */
  @Test
  void posteriorsForAppliesTheFittedModelWithoutRefitting() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 100));

    Map<String, Double> same = fit.posteriorsFor(List.of(new Vote(2, 10, "x"), new Vote(2, 20, "y")));
    Map<String, Double> again = fit.posteriorsFor(List.of(new Vote(2, 10, "x"), new Vote(2, 20, "y"),
        new Vote(2, 10, "x"), new Vote(2, 99, "y")));

    assertThat(same.get("x")).isCloseTo(0.5, within(1e-15));
    assertThat(again.get("x")).isCloseTo(0.5, within(1e-15));
    assertThat(fit.posteriorsFor(List.of()).get("x")).isCloseTo(0.75, within(1e-15));
  }

  @Test
  void oneClassIsCertain() {
    DawidSkeneResult fit = DawidSkene.fit(List.of(new Vote(1, 1, "a"), new Vote(2, 2, "a")));

    assertThat(fit.classes()).containsExactly("a");
    assertThat(fit.posterior(1)).isEqualTo(1.0);
    assertThat(fit.converged()).isTrue();
  }

  @Test
  void refusesNoVotesAndUnknownTasks() {
    assertThatThrownBy(() -> DawidSkene.fit(List.of())).isInstanceOf(IllegalArgumentException.class);
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS);
    assertThatThrownBy(() -> fit.label(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task 3");
    assertThatThrownBy(() -> fit.accuracy(30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fit.posteriorsFor(List.of(new Vote(1, 10, "z"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsRefuseNegativeSmoothingAndNoIterations() {
    assertThatThrownBy(() -> new DawidSkeneOptions(-1, 1e-6, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DawidSkeneOptions(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DawidSkeneOptions(0, 1e-6, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void posteriorsAreAnImmutableMapEqualToAPlainCopy() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS, DawidSkeneOptions.unsmoothed(1e-12, 100));
    Map<Long, Map<String, Double>> copy = new HashMap<>(fit.posteriors());

    assertThat(fit.posteriors()).isEqualTo(copy).hasSameHashCodeAs(copy).containsOnlyKeys(1L, 2L);
    assertThat(fit.posteriors().get(3L)).isNull();
    assertThatThrownBy(() -> fit.posteriors().put(3L, Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fit.posteriors().get(1L).put("x", 0.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new DawidSkeneResult(fit.classes(), fit.priors(), fit.confusion(), copy, fit.iterations(),
        fit.converged(), fit.logLikelihood())).isEqualTo(fit);
  }

  @Test
  void aConfusionMatrixIsImmutable() {
    DawidSkeneResult fit = DawidSkene.fit(TWO_TASKS);
    ConfusionMatrix matrix = fit.confusion().get(20L);
    double before = matrix.p("x", "x");

    matrix.probabilities()[0][0] = 0;

    assertThat(matrix.p("x", "x")).isEqualTo(before);
  }
}
