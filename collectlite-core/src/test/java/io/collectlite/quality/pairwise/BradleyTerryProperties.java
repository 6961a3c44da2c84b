package io.collectlite.quality.pairwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BradleyTerryProperties {
  private static final double TOLERANCE = 1e-7;

  /** Comparisons among up to five models m0..m4. */
  @Provide
  Arbitrary<List<Comparison>> comparisons() {
    Arbitrary<Comparison> one = Combinators.combine(Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 4), Arbitraries.of(Outcome.class))
        .as((a, offset, outcome) -> new Comparison("m" + a, "m" + (a + offset) % 5, outcome));
    return one.list().ofMinSize(2).ofMaxSize(40);
  }

  /** A round robin in which every pair of models meets the same number of times, no ties. */
  @Provide
  Arbitrary<List<Comparison>> roundRobins() {
    return Combinators.combine(Arbitraries.integers().between(3, 5), Arbitraries.integers().between(1, 3),
            Arbitraries.longs())
        .as((models, games, seed) -> {
          Random random = new Random(seed);
          List<Comparison> all = new ArrayList<>();
          for (int a = 0; a < models; a++) {
            for (int b = a + 1; b < models; b++) {
              for (int g = 0; g < games; g++) {
                all.add(new Comparison("m" + a, "m" + b, random.nextBoolean() ? Outcome.A_WINS : Outcome.B_WINS));
              }
            }
          }
          return all;
        });
  }

  private static boolean estimable(List<Comparison> comparisons) {
    return Tally.of(comparisons).nonexistence().isEmpty();
  }

  @Property
  void relabellingReorderingAndSwappingSidesDoNotChangeStrengths(
      @ForAll("comparisons") List<Comparison> comparisons, @ForAll long seed) {
    Assume.that(estimable(comparisons));
    Random random = new Random(seed);
    List<String> names = new ArrayList<>(List.of("q", "r", "s", "t", "u"));
    Collections.shuffle(names, random);
    Map<String, String> relabel = new HashMap<>();
    for (int i = 0; i < 5; i++) {
      relabel.put("m" + i, names.get(i));
    }
    List<Comparison> changed = new ArrayList<>();
    for (Comparison c : comparisons) {
      Comparison renamed = new Comparison(relabel.get(c.modelA()), relabel.get(c.modelB()), c.outcome());
      changed.add(random.nextBoolean() ? renamed.swapped() : renamed);
    }
    Collections.shuffle(changed, random);

    BradleyTerryFit original = BradleyTerry.fit(comparisons);
    BradleyTerryFit relabelled = BradleyTerry.fit(changed);

    for (ModelStrength model : original.leaderboard()) {
      assertThat(relabelled.strength(relabel.get(model.model())).orElseThrow())
          .isCloseTo(model.strength(), within(TOLERANCE));
    }
  }

  /** The likelihood equations: at the MLE each model's expected wins equal its observed wins. */
  @Property
  void fittedWinsEqualObservedWinsAndStrengthsSumToZero(@ForAll("comparisons") List<Comparison> comparisons) {
    Assume.that(estimable(comparisons));
    BradleyTerryFit fit = BradleyTerry.fit(comparisons);
    Map<String, Double> expected = new HashMap<>();
    for (Comparison c : comparisons) {
      double a = fit.strength(c.modelA()).orElseThrow();
      double b = fit.strength(c.modelB()).orElseThrow();
      double aWins = 1 / (1 + Math.exp(b - a));
      expected.merge(c.modelA(), aWins, Double::sum);
      expected.merge(c.modelB(), 1 - aWins, Double::sum);
    }

    assertThat(fit.converged()).isTrue();
    assertThat(fit.leaderboard().stream().mapToDouble(ModelStrength::strength).sum()).isCloseTo(0, within(1e-9));
    for (ModelStrength model : fit.leaderboard()) {
      assertThat(expected.get(model.model())).isCloseTo(model.wins(), within(1e-6));
    }
  }

  /**
   * In a balanced round robin the Bradley–Terry order is the order of win totals (each model's expected wins
   * increase with its strength), so turning one of a model's losses into a win never lowers its rank.
   */
  @Property
  void inABalancedRoundRobinMoreWinsNeverLowerARank(@ForAll("roundRobins") List<Comparison> games,
      @ForAll long seed) {
    Assume.that(estimable(games));
    List<Integer> losses = new ArrayList<>();
    for (int k = 0; k < games.size(); k++) {
      if (games.get(k).outcome() == Outcome.B_WINS) {
        losses.add(k);
      }
    }
    Assume.that(!losses.isEmpty());
    int flipped = losses.get(new Random(seed).nextInt(losses.size()));
    String winner = games.get(flipped).modelA();
    List<Comparison> more = new ArrayList<>(games);
    more.set(flipped, new Comparison(winner, games.get(flipped).modelB(), Outcome.A_WINS));
    Assume.that(estimable(more));

    BradleyTerryFit before = BradleyTerry.fit(games);
    BradleyTerryFit after = BradleyTerry.fit(more);

    assertOrderFollowsWins(before);
    assertOrderFollowsWins(after);
    assertThat(rank(after, winner)).isLessThanOrEqualTo(rank(before, winner));
  }

  private static void assertOrderFollowsWins(BradleyTerryFit fit) {
    for (ModelStrength x : fit.leaderboard()) {
      for (ModelStrength y : fit.leaderboard()) {
        if (x.wins() > y.wins()) {
          assertThat(x.strength()).isGreaterThan(y.strength() + TOLERANCE);
        } else if (x.wins() == y.wins()) {
          assertThat(x.strength()).isCloseTo(y.strength(), within(TOLERANCE));
        }
      }
    }
  }

  /** How many models are clearly stronger. */
  private static long rank(BradleyTerryFit fit, String model) {
    double strength = fit.strength(model).orElseThrow();
    return fit.leaderboard().stream().filter(other -> other.strength() > strength + TOLERANCE).count();
  }
}
