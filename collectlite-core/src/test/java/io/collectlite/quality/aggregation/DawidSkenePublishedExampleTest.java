package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dawid and Skene (1979), "Maximum likelihood estimation of observer error-rates using the EM algorithm",
 * Applied Statistics 28(1): 20-28: the anaesthetists' example of section 4, data of Table 1 in the resource
 * {@code dawid-skene-1979-table1.csv} (classes "1" to "4", observers 1 to 5, observer 1 three times).
 *
 * <p>The paper fits without smoothing, starting from the vote shares of its equation (3.1), and reports its
 * estimates to two decimals: class probabilities p = (0.40, 0.42, 0.11, 0.07), each observer's error rates,
 * and each patient's class probabilities, all of them certain except patients 7, 35 and 38. The paper itself
 * is not in the reference library this was written with; the two-decimal values below are those transcribed
 * from it in github.com/x-lin/consensusalgorithms
 * ({@code src/test/java/algorithms/dawidskene/DawidSkeneAlgorithmTest.java}), and they are what the widely used
 * reference implementation github.com/dallascard/dawid_skene prints for this data (its output is kept as
 * {@code out/original_paper} in github.com/alexandry-augustin/dawid_skene). We assert each value to the two
 * decimals published.
 */
class DawidSkenePublishedExampleTest {
  private static final List<String> CLASSES = List.of("1", "2", "3", "4");
  private static final DawidSkeneOptions PAPER = DawidSkeneOptions.unsmoothed(1e-10, 10_000);

  /** Observer -> true class -> P(observed class 1..4). */
  private static final double[][][] ERROR_RATES = {
    {{0.89, 0.11, 0.00, 0.00}, {0.07, 0.88, 0.05, 0.00}, {0.00, 0.34, 0.66, 0.00}, {0.00, 0.00, 0.56, 0.44}},
    {{0.83, 0.17, 0.00, 0.00}, {0.05, 0.63, 0.31, 0.00}, {0.00, 0.00, 1.00, 0.00}, {0.00, 0.00, 0.00, 1.00}},
    {{1.00, 0.00, 0.00, 0.00}, {0.11, 0.79, 0.11, 0.00}, {0.00, 0.40, 0.20, 0.40}, {0.00, 0.00, 0.67, 0.33}},
    {{0.94, 0.06, 0.00, 0.00}, {0.05, 0.84, 0.10, 0.00}, {0.00, 0.00, 0.80, 0.20}, {0.00, 0.00, 0.33, 0.67}},
    {{1.00, 0.00, 0.00, 0.00}, {0.16, 0.73, 0.11, 0.00}, {0.00, 0.21, 0.79, 0.00}, {0.00, 0.00, 0.33, 0.67}},
  };

  /** The estimated class of patients 1 to 45. */
  private static final String CLASSES_OF_PATIENTS = "142222132243121111222222112111131224233111212";

  static List<Vote> table1() {
    List<Vote> votes = new ArrayList<>();
    try (InputStream in = DawidSkenePublishedExampleTest.class.getResourceAsStream("dawid-skene-1979-table1.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("patient"))
          .map(line -> line.split(","))
          .forEach(cell -> votes.add(new Vote(Long.parseLong(cell[0]), Long.parseLong(cell[1]), cell[2])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return votes;
  }

  private static double twoDecimals(double value) {
    return Math.round(value * 100) / 100.0;
  }

  @Test
  void table1HasFortyFivePatientsFiveObserversAndObserverOneThreeTimes() {
    List<Vote> votes = table1();

    assertThat(votes).hasSize(315);
    assertThat(votes.stream().filter(v -> v.annotatorId() == 1)).hasSize(135);
    assertThat(votes.stream().map(Vote::taskId).distinct()).hasSize(45);
  }

  @Test
  void classProbabilitiesMatchThePaper() {
    DawidSkeneResult fit = DawidSkene.fit(table1(), PAPER);

    assertThat(fit.converged()).isTrue();
    assertThat(fit.classes()).isEqualTo(CLASSES);
    assertThat(CLASSES.stream().map(c -> twoDecimals(fit.priors().get(c))).toList())
        .containsExactly(0.40, 0.42, 0.11, 0.07);
  }

  @Test
  void observerErrorRatesMatchThePaper() {
    DawidSkeneResult fit = DawidSkene.fit(table1(), PAPER);

    for (int observer = 1; observer <= 5; observer++) {
      ConfusionMatrix matrix = fit.confusion().get((long) observer);
      for (int truth = 0; truth < 4; truth++) {
        for (int observed = 0; observed < 4; observed++) {
          assertThat(twoDecimals(matrix.p(CLASSES.get(truth), CLASSES.get(observed))))
              .as("observer %d, true class %d, observed %d", observer, truth + 1, observed + 1)
              .isEqualTo(ERROR_RATES[observer - 1][truth][observed]);
        }
      }
    }
  }

  @Test
  void patientClassProbabilitiesMatchThePaper() {
    DawidSkeneResult fit = DawidSkene.fit(table1(), PAPER);

    for (int patient = 1; patient <= 45; patient++) {
      assertThat(fit.label(patient)).as("patient %d", patient)
          .isEqualTo(String.valueOf(CLASSES_OF_PATIENTS.charAt(patient - 1)));
    }
    assertThat(rounded(fit.posteriors().get(7L))).containsExactly(0.98, 0.02, 0.00, 0.00);
    assertThat(rounded(fit.posteriors().get(35L))).containsExactly(0.00, 0.95, 0.05, 0.00);
    assertThat(rounded(fit.posteriors().get(38L))).containsExactly(0.00, 0.02, 0.98, 0.00);
    for (long patient = 1; patient <= 45; patient++) {
      if (patient != 7 && patient != 35 && patient != 38) {
        assertThat(twoDecimals(fit.posterior(patient))).as("patient %d", patient).isEqualTo(1.00);
      }
    }
  }

  /**
   * Finer digits than the paper's, from the reference implementation only: dallascard/dawid_skene prints
   * patient 7 as (0.981, 0.019), 30 as (0.9991, 0.0009), 35 as (0, 0.948, 0.052), 38 as (0, 0.0212, 0.9788),
   * and a log-likelihood of -192.890882351 at its 15th iteration, where its own tolerance of 1e-5 stopped it
   * (our fit runs on to 1e-10, which moves the log-likelihood by about 1e-6).
   */
  @Test
  void finerDigitsMatchTheReferenceImplementation() {
    DawidSkeneResult fit = DawidSkene.fit(table1(), PAPER);

    assertThat(Math.round(fit.posteriors().get(7L).get("1") * 1000) / 1000.0).isEqualTo(0.981);
    assertThat(Math.round(fit.posteriors().get(30L).get("1") * 10_000) / 10_000.0).isEqualTo(0.9991);
    assertThat(Math.round(fit.posteriors().get(35L).get("2") * 1000) / 1000.0).isEqualTo(0.948);
    assertThat(Math.round(fit.posteriors().get(38L).get("3") * 10_000) / 10_000.0).isEqualTo(0.9788);
    assertThat(fit.logLikelihood()).isCloseTo(-192.890882351, within(1e-5));
  }

  private static List<Double> rounded(Map<String, Double> posterior) {
    return CLASSES.stream().map(c -> twoDecimals(posterior.get(c))).toList();
  }
}
