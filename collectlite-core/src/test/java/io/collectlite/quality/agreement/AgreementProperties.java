package io.collectlite.quality.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AgreementProperties {
  private static final List<String> ORDER = List.of("1", "2", "3", "4", "5");
  private static final List<Level> LEVELS = List.of(Level.nominal(), Level.ordinal(ORDER), Level.interval());

  /** Rows are units, columns coders; 0 is a missing cell, 1 to 5 a value. */
  @Provide
  Arbitrary<List<List<Integer>>> matrices() {
    return Arbitraries.integers().between(2, 5).flatMap(coders ->
        Arbitraries.integers().between(0, 5).list().ofSize(coders).list().ofMinSize(1).ofMaxSize(10));
  }

  /** One value per unit, at least two different ones, so that alpha is defined. */
  @Provide
  Arbitrary<List<Integer>> unitValues() {
    return Arbitraries.integers().between(1, 5).list().ofMinSize(2).ofMaxSize(10)
        .filter(values -> values.stream().distinct().count() > 1);
  }

  @Property
  void unanimousUnitsGiveAlphaOne(@ForAll("unitValues") List<Integer> values, @ForAll long seed) {
    RatingTable table = unanimous(values, seed);
    for (Level level : LEVELS) {
      assertThat(Agreement.krippendorffAlpha(table, level)).get()
          .extracting(Alpha::value).isEqualTo(1.0);
    }
  }

  @Property
  void unanimousUnitsGiveFullTaskAgreement(@ForAll("unitValues") List<Integer> values, @ForAll long seed) {
    RatingTable table = unanimous(values, seed);
    for (int u = 0; u < values.size(); u++) {
      assertThat(Agreement.taskAgreement(table, "u" + u, String.valueOf(values.get(u)))).isEqualTo(1.0);
    }
  }

  @Property
  void alphaDoesNotDependOnTheOrderOfUnitsOrCoders(@ForAll("matrices") List<List<Integer>> matrix, @ForAll long seed) {
    RatingTable table = relabelled(matrix, 0);
    RatingTable shuffled = relabelled(matrix, seed);
    for (Level level : LEVELS) {
      assertSame(Agreement.krippendorffAlpha(table, level), Agreement.krippendorffAlpha(shuffled, level), Alpha::value);
    }
  }

  @Property
  void kappasDoNotDependOnTheOrderOfUnitsOrCoders(@ForAll("matrices") List<List<Integer>> matrix, @ForAll long seed) {
    List<List<Integer>> complete = matrix.stream().map(row -> row.stream().map(v -> v == 0 ? 1 : v).toList()).toList();
    assertSame(Agreement.fleissKappa(relabelled(complete, 0)), Agreement.fleissKappa(relabelled(complete, seed)),
        Kappa::value);
    List<Double> pairwise = kappas(relabelled(matrix, 0));
    List<Double> shuffledPairwise = kappas(relabelled(matrix, seed));
    assertThat(shuffledPairwise).hasSameSizeAs(pairwise);
    for (int i = 0; i < pairwise.size(); i++) assertThat(shuffledPairwise.get(i)).isCloseTo(pairwise.get(i), within(1e-9));
  }

  @Property
  void alphaFromUnitValueCountsEqualsAlphaFromTheTable(@ForAll("matrices") List<List<Integer>> matrix) {
    RatingTable table = relabelled(matrix, 0);
    Coincidences.Builder counted = Coincidences.builder();
    for (List<Integer> row : matrix) {
      Map<String, Integer> counts = new TreeMap<>();
      row.stream().filter(v -> v != 0).forEach(v -> counts.merge(String.valueOf(v), 1, Integer::sum));
      counted.addUnit(counts);
    }
    for (Level level : LEVELS) {
      assertSame(Agreement.krippendorffAlpha(table, level), Agreement.krippendorffAlpha(counted.build(), level),
          Alpha::value);
    }
  }

  @Property
  void recodingTheMatrixEqualsRecodingTheRatings(@ForAll("matrices") List<List<Integer>> matrix,
      @ForAll @IntRange(min = 1, max = 5) int value) {
    String code = String.valueOf(value);
    List<List<Integer>> recoded = matrix.stream()
        .map(row -> row.stream().map(v -> v == 0 ? 0 : v == value ? 2 : 1).toList()).toList();
    assertSame(Agreement.krippendorffAlpha(relabelled(recoded, 0), Level.nominal()),
        Agreement.krippendorffAlpha(Coincidences.of(relabelled(matrix, 0)).binary(code), Level.nominal()),
        Alpha::value);
  }

  private static <T> void assertSame(Optional<T> expected, Optional<T> actual, Function<T, Double> value) {
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    expected.ifPresent(e -> assertThat(value.apply(actual.orElseThrow())).isCloseTo(value.apply(e), within(1e-9)));
  }

  private static List<Double> kappas(RatingTable table) {
    return Agreement.pairwiseCohensKappa(table).stream().map(p -> p.kappa().value()).sorted().toList();
  }

  /** Every unit rated by 2 to 5 coders, all giving the unit's value. */
  private static RatingTable unanimous(List<Integer> values, long seed) {
    Random random = new Random(seed);
    List<Rating> ratings = new ArrayList<>();
    for (int u = 0; u < values.size(); u++) {
      int coders = 2 + random.nextInt(4);
      for (int c = 0; c < coders; c++) ratings.add(new Rating("u" + u, "c" + c, String.valueOf(values.get(u))));
    }
    return RatingTable.of(ratings);
  }

  /**
   * The matrix as a table whose unit and coder names are a random permutation (seed 0 keeps them in order)
   * and whose ratings arrive shuffled, so that units and coders sort differently.
   */
  private static RatingTable relabelled(List<List<Integer>> matrix, long seed) {
    List<String> units = names("u", matrix.size());
    List<String> coders = names("c", matrix.get(0).size());
    Random random = new Random(seed);
    if (seed != 0) {
      Collections.shuffle(units, random);
      Collections.shuffle(coders, random);
    }
    List<Rating> ratings = new ArrayList<>();
    for (int u = 0; u < matrix.size(); u++) {
      for (int c = 0; c < matrix.get(u).size(); c++) {
        int value = matrix.get(u).get(c);
        if (value != 0) ratings.add(new Rating(units.get(u), coders.get(c), String.valueOf(value)));
      }
    }
    if (seed != 0) Collections.shuffle(ratings, random);
    return RatingTable.of(ratings);
  }

  private static List<String> names(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) names.add(String.format("%s%02d", prefix, i));
    return names;
  }
}
