package io.collectlite.quality.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected value here is the one published with the example, never one this code produced. */
class PublishedExamplesTest {
  private static final double THREE_DECIMALS = 0.0005;

  /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders × 12 units. */
  private static final RatingTable KRIPPENDORFF_2011 = table(
      "A", "1 2 3 3 2 1 4 1 2 * * *",
      "B", "1 2 3 3 2 2 4 1 2 5 * 3",
      "C", "* 3 3 3 2 3 4 2 2 5 1 *",
      "D", "1 2 3 3 2 4 4 1 2 5 1 *");

  /** Wikipedia, "Krippendorff's alpha", A computational example: 3 coders × 15 units. */
  private static final RatingTable WIKIPEDIA_ALPHA = table(
      "A", "* * * * * 3 4 1 2 1 1 3 3 * 3",
      "B", "1 * 2 1 3 3 4 3 * * * * * * *",
      "C", "* * 2 1 3 4 4 * 2 1 1 3 3 * 4");

  @Test
  void nominalAlphaMatchesKrippendorff2011() {
    assertThat(alpha(KRIPPENDORFF_2011, Level.nominal())).isCloseTo(0.743, within(THREE_DECIMALS));
  }

  @Test
  void ordinalAlphaMatchesKrippendorff2011() {
    assertThat(alpha(KRIPPENDORFF_2011, Level.ordinal(List.of("1", "2", "3", "4", "5"))))
        .isCloseTo(0.815, within(THREE_DECIMALS));
  }

  @Test
  void intervalAlphaMatchesKrippendorff2011() {
    assertThat(alpha(KRIPPENDORFF_2011, Level.interval())).isCloseTo(0.849, within(THREE_DECIMALS));
  }

  @Test
  void ordinalAlphaDependsOnRanksNotOnTheCategoryNames() {
    RatingTable named = table(
        "A", "vlow low mid mid low vlow high vlow low * * *",
        "B", "vlow low mid mid low low high vlow low vhigh * mid",
        "C", "* mid mid mid low mid high low low vhigh vlow *",
        "D", "vlow low mid mid low high high vlow low vhigh vlow *");
    assertThat(alpha(named, Level.ordinal(List.of("vlow", "low", "mid", "high", "vhigh"))))
        .isCloseTo(0.815, within(THREE_DECIMALS));
  }

  @Test
  void nominalAlphaMatchesWikipediaExample() {
    assertThat(alpha(WIKIPEDIA_ALPHA, Level.nominal())).isCloseTo(0.691, within(THREE_DECIMALS));
  }

  @Test
  void intervalAlphaMatchesWikipediaExample() {
    assertThat(alpha(WIKIPEDIA_ALPHA, Level.interval())).isCloseTo(0.811, within(THREE_DECIMALS));
  }

  /** Krippendorff (2011), section A: binary data, two observers, no missing data; alpha = 0.095. */
  @Test
  void binaryAlphaMatchesKrippendorff2011SectionA() {
    RatingTable binary = table(
        "A", "0 1 0 0 0 0 0 0 1 0",
        "B", "1 1 1 0 0 1 0 0 0 0");
    assertThat(alpha(binary, Level.nominal())).isCloseTo(0.095, within(THREE_DECIMALS));
    Coincidences o = Coincidences.of(binary);
    // the published matrix: o00 = 10, o01 = o10 = 4, o11 = 2; n0 = 14, n1 = 6
    assertThat(o.count("0", "0")).isEqualTo(10);
    assertThat(o.count("0", "1")).isEqualTo(4);
    assertThat(o.count("1", "1")).isEqualTo(2);
    assertThat(o.marginal("0")).isEqualTo(14);
    assertThat(o.pairableValues()).isEqualTo(20);
  }

  /** The same data with "0" spread over two labels: the binary recoding for "yes" gives the published alpha. */
  @Test
  void binaryRecodingOfOneLabelMatchesKrippendorff2011SectionA() {
    RatingTable labels = table(
        "A", "no yes no maybe no maybe no no yes maybe",
        "B", "yes yes yes maybe no yes no maybe no maybe");
    Coincidences yes = Coincidences.of(labels).binary("yes");
    assertThat(yes.values()).containsExactly(Coincidences.OTHER, Coincidences.IS);
    assertThat(Agreement.krippendorffAlpha(yes, Level.nominal()).orElseThrow().value())
        .isCloseTo(0.095, within(THREE_DECIMALS));
  }

  @Test
  void unitsWithASingleValueAreNotPairable() {
    Alpha nominal = Agreement.krippendorffAlpha(KRIPPENDORFF_2011, Level.nominal()).orElseThrow();
    // Krippendorff (2011): unit 12 has one value, so n = 40 of the 41 values are pairable.
    assertThat(nominal.pairableValues()).isEqualTo(40);
  }

  @Test
  void fleissKappaMatchesTheFourteenRaterExample() {
    int[][] counts = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    Kappa kappa = Agreement.fleissKappa(fromCounts(counts)).orElseThrow();
    assertThat(kappa.value()).isCloseTo(0.210, within(THREE_DECIMALS));
    assertThat(kappa.items()).isEqualTo(10);
  }

  @Test
  void fleissKappaRefusesUnitsWithDifferentNumbersOfRatings() {
    assertThatThrownBy(() -> Agreement.fleissKappa(KRIPPENDORFF_2011))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same number of raters");
  }

  @Test
  void cohensKappaMatchesTheWikipediaYesNoExample() {
    Kappa kappa = Agreement.cohensKappa(yesNoTable(), "A", "B").orElseThrow();
    assertThat(kappa.value()).isCloseTo(0.4, within(THREE_DECIMALS));
    assertThat(kappa.observedAgreement()).isCloseTo(0.7, within(THREE_DECIMALS));
    assertThat(kappa.chanceAgreement()).isCloseTo(0.5, within(THREE_DECIMALS));
  }

  @Test
  void pairwiseCohensKappaCoversEveryPairOverTheUnitsBothRated() {
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : yesNoRatings()) {
      ratings.add(r);
      if (r.coder().equals("A")) ratings.add(new Rating(r.unit(), "C", r.value()));
    }
    ratings.add(new Rating("only-c", "C", "yes"));
    List<CoderPair> pairs = Agreement.pairwiseCohensKappa(RatingTable.of(ratings));
    assertThat(pairs).extracting(CoderPair::first, CoderPair::second)
        .containsExactly(tuple("A", "B"), tuple("A", "C"),
            tuple("B", "C"));
    assertThat(pairs.get(0).kappa().value()).isCloseTo(0.4, within(THREE_DECIMALS));
    assertThat(pairs.get(1).kappa().value()).isEqualTo(1.0);
    assertThat(pairs.get(2).kappa().items()).isEqualTo(50);
  }

  @Test
  void taskAgreementIsTheShareMatchingTheConsensus() {
    assertThat(Agreement.taskAgreement(KRIPPENDORFF_2011, "u06", "2")).isEqualTo(0.25);
    assertThat(Agreement.taskAgreement(KRIPPENDORFF_2011, "u03", "3")).isEqualTo(1.0);
    assertThatThrownBy(() -> Agreement.taskAgreement(KRIPPENDORFF_2011, "u99", "3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double alpha(RatingTable table, Level level) {
    return Agreement.krippendorffAlpha(table, level).orElseThrow().value();
  }

  /** Rows of "coder", "v1 v2 ...", with '*' for a missing value; units are named u01, u02, .... */
  static RatingTable table(String... coderRows) {
    List<Rating> ratings = new ArrayList<>();
    for (int row = 0; row < coderRows.length; row += 2) {
      String[] values = coderRows[row + 1].split(" ");
      for (int u = 0; u < values.length; u++) {
        if (!values[u].equals("*")) ratings.add(new Rating(String.format("u%02d", u + 1), coderRows[row], values[u]));
      }
    }
    return RatingTable.of(ratings);
  }

  /** A table from Fleiss' subject × category counts; raters are numbered afresh for every subject. */
  private static RatingTable fromCounts(int[][] counts) {
    List<Rating> ratings = new ArrayList<>();
    for (int subject = 0; subject < counts.length; subject++) {
      int rater = 0;
      for (int category = 0; category < counts[subject].length; category++) {
        for (int i = 0; i < counts[subject][category]; i++) {
          ratings.add(new Rating("s" + subject, "r" + rater++, "c" + category));
        }
      }
    }
    return RatingTable.of(ratings);
  }

  /** Wikipedia, "Cohen's kappa": 50 proposals, A and B both yes 20, A yes B no 5, A no B yes 10, both no 15. */
  private static List<Rating> yesNoRatings() {
    List<Rating> ratings = new ArrayList<>();
    addPairs(ratings, 20, "yes", "yes");
    addPairs(ratings, 5, "yes", "no");
    addPairs(ratings, 10, "no", "yes");
    addPairs(ratings, 15, "no", "no");
    return ratings;
  }

  private static RatingTable yesNoTable() {
    return RatingTable.of(yesNoRatings());
  }

  private static void addPairs(List<Rating> ratings, int times, String a, String b) {
    for (int i = 0; i < times; i++) {
      String unit = "p" + (ratings.size() / 2);
      ratings.add(new Rating(unit, "A", a));
      ratings.add(new Rating(unit, "B", b));
    }
  }
}
