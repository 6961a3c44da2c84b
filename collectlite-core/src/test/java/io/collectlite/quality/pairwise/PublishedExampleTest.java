package io.collectlite.quality.pairwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agresti, A. (2002) Categorical Data Analysis, 2nd edn, Wiley, section 10.6 and Table 10.11: the 1987
 * American League East, seven teams, 13 games per pair. Wins by home and away team are as published with
 * R's BradleyTerry2 package ({@code data/baseball.csv}, "Page 438 of Agresti (2002)"); its test
 * {@code tests/testthat/test-baseball.R} checks the simple model's estimates, Baltimore the reference, against
 * Table 10.11 column 3 rounded to two decimals: sorted, 0.68, 1.11, 1.25, 1.29, 1.44, 1.58.
 */
class PublishedExampleTest {
  /** Home team, away team, home wins, away wins. */
  private static final Object[][] BASEBALL = {
    {"Milwaukee", "Detroit", 4, 3}, {"Milwaukee", "Toronto", 4, 2}, {"Milwaukee", "New York", 4, 3},
    {"Milwaukee", "Boston", 6, 1}, {"Milwaukee", "Cleveland", 4, 2}, {"Milwaukee", "Baltimore", 6, 0},
    {"Detroit", "Milwaukee", 3, 3}, {"Detroit", "Toronto", 4, 2}, {"Detroit", "New York", 4, 3},
    {"Detroit", "Boston", 6, 0}, {"Detroit", "Cleveland", 6, 1}, {"Detroit", "Baltimore", 4, 3},
    {"Toronto", "Milwaukee", 2, 5}, {"Toronto", "Detroit", 4, 3}, {"Toronto", "New York", 2, 4},
    {"Toronto", "Boston", 4, 3}, {"Toronto", "Cleveland", 4, 2}, {"Toronto", "Baltimore", 6, 0},
    {"New York", "Milwaukee", 3, 3}, {"New York", "Detroit", 5, 1}, {"New York", "Toronto", 2, 5},
    {"New York", "Boston", 4, 3}, {"New York", "Cleveland", 4, 2}, {"New York", "Baltimore", 6, 1},
    {"Boston", "Milwaukee", 5, 1}, {"Boston", "Detroit", 2, 5}, {"Boston", "Toronto", 3, 3},
    {"Boston", "New York", 4, 2}, {"Boston", "Cleveland", 5, 2}, {"Boston", "Baltimore", 6, 0},
    {"Cleveland", "Milwaukee", 2, 5}, {"Cleveland", "Detroit", 3, 3}, {"Cleveland", "Toronto", 3, 4},
    {"Cleveland", "New York", 4, 3}, {"Cleveland", "Boston", 4, 2}, {"Cleveland", "Baltimore", 2, 4},
    {"Baltimore", "Milwaukee", 2, 5}, {"Baltimore", "Detroit", 1, 5}, {"Baltimore", "Toronto", 1, 6},
    {"Baltimore", "New York", 2, 4}, {"Baltimore", "Boston", 1, 6}, {"Baltimore", "Cleveland", 3, 4},
  };

  static List<Comparison> baseball() {
    List<Comparison> games = new ArrayList<>();
    for (Object[] row : BASEBALL) {
      for (int k = 0; k < (int) row[2]; k++) {
        games.add(new Comparison((String) row[0], (String) row[1], Outcome.A_WINS));
      }
      for (int k = 0; k < (int) row[3]; k++) {
        games.add(new Comparison((String) row[0], (String) row[1], Outcome.B_WINS));
      }
    }
    return games;
  }

  @Test
  void baseballStrengthsMatchAgrestiTable1011() {
    BradleyTerryFit fit = BradleyTerry.fit(baseball());
    double baltimore = fit.strength("Baltimore").orElseThrow();

    List<Double> relative = fit.leaderboard().stream()
        .filter(team -> !team.model().equals("Baltimore"))
        .map(team -> Math.round((team.strength() - baltimore) * 100) / 100.0)
        .sorted()
        .toList();

    assertThat(fit.converged()).isTrue();
    assertThat(relative).containsExactly(0.68, 1.11, 1.25, 1.29, 1.44, 1.58);
    assertThat(fit.leaderboard().get(6).model()).isEqualTo("Baltimore");
  }

  @Test
  void everyTeamPlaysThirteenGamesAgainstEachOther() {
    BradleyTerryFit fit = BradleyTerry.fit(baseball());

    assertThat(fit.leaderboard()).hasSize(7).allSatisfy(team -> assertThat(team.comparisons()).isEqualTo(78));
    assertThat(fit.leaderboard().stream().mapToDouble(ModelStrength::strength).sum()).isCloseTo(0.0,
        org.assertj.core.api.Assertions.within(1e-9));
  }
}
