package io.collectlite.quality.pairwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {
  private static List<Comparison> games(String a, String b, int aWins, int ties, int bWins) {
    List<Comparison> games = new ArrayList<>();
    for (int k = 0; k < aWins; k++) {
      games.add(new Comparison(a, b, Outcome.A_WINS));
    }
    for (int k = 0; k < ties; k++) {
      games.add(new Comparison(a, b, Outcome.TIE));
    }
    for (int k = 0; k < bWins; k++) {
      games.add(new Comparison(a, b, Outcome.B_WINS));
    }
    return games;
  }

  private static List<Comparison> concat(List<Comparison> first, List<Comparison> second) {
    List<Comparison> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Closed form: with two models the MLE difference is the log odds of the observed win share. */
  @Test
  void twoModelsDifferByTheLogOddsOfWins() {
    BradleyTerryFit fit = BradleyTerry.fit(games("a", "b", 7, 0, 3));

    assertThat(fit.strength("a").orElseThrow()).isCloseTo(Math.log(7.0 / 3) / 2, within(1e-9));
    assertThat(fit.strength("b").orElseThrow()).isCloseTo(-Math.log(7.0 / 3) / 2, within(1e-9));
    assertThat(fit.leaderboard()).extracting(ModelStrength::model).containsExactly("a", "b");
    assertThat(fit.model("a").orElseThrow().comparisons()).isEqualTo(10);
  }

  @Test
  void aTieCountsHalfAWinForEachSide() {
    BradleyTerryFit fit = BradleyTerry.fit(games("a", "b", 2, 2, 1));

    assertThat(fit.model("a").orElseThrow().wins()).isEqualTo(3.0);
    assertThat(fit.strength("a").orElseThrow() - fit.strength("b").orElseThrow())
        .isCloseTo(Math.log(3.0 / 2), within(1e-9));
  }

  @Test
  void modelsWithEqualRecordsShareAStrengthAndAreListedByName() {
    BradleyTerryFit fit = BradleyTerry.fit(games("b", "a", 0, 4, 0));

    assertThat(fit.leaderboard()).extracting(ModelStrength::model).containsExactly("a", "b");
    assertThat(fit.strength("a").orElseThrow()).isCloseTo(0.0, within(1e-12));
    assertThat(fit.model("c")).isEmpty();
  }

  @Test
  void refusesModelsNeverComparedWithEachOther() {
    List<Comparison> split = concat(games("a", "b", 1, 0, 1), games("c", "d", 1, 0, 1));

    assertThatThrownBy(() -> BradleyTerry.fit(split)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not connected").hasMessageContaining("[[a, b], [c, d]]");
  }

  @Test
  void refusesAModelThatNeverWins() {
    List<Comparison> data = concat(games("a", "b", 2, 0, 1), games("a", "c", 2, 0, 0));

    assertThatThrownBy(() -> BradleyTerry.fit(data)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model c never wins or ties, so its maximum-likelihood strength is minus infinity");
  }

  @Test
  void refusesAModelThatNeverLoses() {
    List<Comparison> data = concat(games("a", "b", 1, 0, 0), games("b", "c", 1, 0, 1));

    assertThatThrownBy(() -> BradleyTerry.fit(data)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model a never loses or ties");
  }

  @Test
  void refusesAGroupThatNeverLosesToTheRest() {
    List<Comparison> data = concat(concat(games("a", "b", 1, 0, 1), games("c", "d", 1, 0, 1)),
        games("a", "c", 1, 0, 0));

    assertThatThrownBy(() -> BradleyTerry.fit(data)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a, b] never lose against the other models");
  }

  @Test
  void refusesAGroupThatNeverWinsAgainstTheRest() {
    List<Comparison> data = concat(concat(games("a", "b", 1, 0, 1), games("c", "d", 1, 0, 1)),
        games("c", "a", 1, 0, 0));

    assertThatThrownBy(() -> BradleyTerry.fit(data)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a, b] never win against the other models");
  }

  @Test
  void nonexistenceGivesTheReasonFitWouldRefuseWith() {
    List<Comparison> refused = concat(games("a", "b", 1, 0, 0), games("b", "c", 1, 0, 1));
    List<Comparison> fine = games("a", "b", 2, 1, 1);

    assertThat(BradleyTerry.nonexistence(refused)).hasValueSatisfying(reason ->
        assertThatThrownBy(() -> BradleyTerry.fit(refused)).hasMessage(reason));
    assertThat(BradleyTerry.nonexistence(fine)).isEmpty();
  }

  @Test
  void refusesTooFewModels() {
    assertThatThrownBy(() -> BradleyTerry.fit(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two models");
    assertThatThrownBy(() -> new Comparison("a", "a", Outcome.TIE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsAnUnconvergedFitAtTheIterationCap() {
    BradleyTerryFit fit = BradleyTerry.fit(PublishedExampleTest.baseball(), new Convergence(1e-12, 2));

    assertThat(fit.converged()).isFalse();
    assertThat(fit.iterations()).isEqualTo(2);
  }

  @Test
  void seededBootstrapIsReproducibleAndCoversTheEstimate() {
    List<Comparison> data = PublishedExampleTest.baseball();
    BradleyTerryFit fit = BradleyTerry.fit(data);

    BootstrapIntervals first = BradleyTerry.bootstrap(data, 200, new SplittableRandom(7));
    BootstrapIntervals second = BradleyTerry.bootstrap(data, 200, new SplittableRandom(7));

    assertThat(first).isEqualTo(second);
    assertThat(first.usedReplicates()).isEqualTo(200);
    for (ModelStrength team : fit.leaderboard()) {
      Interval interval = first.interval(team.model()).orElseThrow();
      assertThat(interval.contains(team.strength())).as(team.model()).isTrue();
      assertThat(interval.upper() - interval.lower()).as(team.model()).isBetween(0.3, 2.0);
    }
  }

  /**
   * Worked example of identical intervals (seen on a leaderboard as "−0.42 to +0.42" for three models, 51 of 200
   * resamples used): x and y split two games, y beat z, z beat x. Wins x 1, y 2, z 1; y's likelihood equation
   * {@code 2 = 2u²/(u²+1) + u/(u+1)} with {@code u = exp(s_y - s_z)} reduces to {@code u³ = u + 2}, so
   * y = ln u ≈ +0.4196, z = 0, x = −ln u. Every resample of four games with an estimate is a cycle with one game
   * repeated, whose fit is the same three strengths in some order: each model is first in some resamples and
   * last in others, so every interval is [−ln u, +ln u]. Right for these data: they cannot order the models.
   */
  @Test
  void aCycleWithOneRepeatedGameGivesEveryModelTheIntervalFromLastToFirst() {
    List<Comparison> data = List.of(new Comparison("x", "y", Outcome.A_WINS), new Comparison("x", "y", Outcome.B_WINS),
        new Comparison("y", "z", Outcome.A_WINS), new Comparison("z", "x", Outcome.A_WINS));
    double u = 1.5213797068045676; // the real root of u³ = u + 2
    assertThat(u * u * u).isCloseTo(u + 2, within(1e-12));
    double top = Math.log(u);

    BradleyTerryFit fit = BradleyTerry.fit(data);
    assertThat(fit.leaderboard()).extracting(ModelStrength::model).containsExactly("y", "z", "x");
    assertThat(fit.leaderboard().get(0).strength()).isCloseTo(top, within(1e-6));
    assertThat(fit.leaderboard().get(1).strength()).isCloseTo(0, within(1e-6));
    assertThat(fit.leaderboard().get(2).strength()).isCloseTo(-top, within(1e-6));

    BootstrapIntervals intervals = BradleyTerry.bootstrap(data, 200, new SplittableRandom(0));
    assertThat(intervals.usedReplicates()).isLessThan(200);
    for (String model : List.of("x", "y", "z")) {
      Interval interval = intervals.interval(model).orElseThrow();
      assertThat(interval.lower()).as(model).isCloseTo(-top, within(1e-6));
      assertThat(interval.upper()).as(model).isCloseTo(top, within(1e-6));
    }
  }

  @Test
  void asymmetricDataGiveEachModelItsOwnInterval() {
    List<Comparison> data = concat(concat(games("x", "y", 4, 0, 2), games("y", "z", 4, 0, 2)), games("x", "z", 5, 0, 1));
    BootstrapIntervals intervals = BradleyTerry.bootstrap(data, 200, new SplittableRandom(42));
    Interval x = intervals.interval("x").orElseThrow();
    Interval z = intervals.interval("z").orElseThrow();
    assertThat(x.lower()).isGreaterThan(z.lower());
    assertThat(x.upper()).isGreaterThan(z.upper());
  }

  @Test
  void bootstrapLeavesOutResamplesWithoutAnEstimate() {
    BootstrapIntervals intervals = BradleyTerry.bootstrap(games("a", "b", 2, 0, 1), 100, new SplittableRandom(1));

    assertThat(intervals.usedReplicates()).isLessThan(100).isPositive();
    assertThat(intervals.replicates()).isEqualTo(100);
  }

  @Test
  void bootstrapRejectsNoReplicates() {
    assertThatThrownBy(() -> BradleyTerry.bootstrap(games("a", "b", 1, 0, 1), 0, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicates");
  }

  @Test
  void percentileInterpolatesBetweenOrderStatistics() {
    double[] values = {1, 2, 3, 4, 5};

    assertThat(BradleyTerry.percentile(values, 0.025)).isCloseTo(1.1, within(1e-12));
    assertThat(BradleyTerry.percentile(values, 0.975)).isCloseTo(4.9, within(1e-12));
  }
}
