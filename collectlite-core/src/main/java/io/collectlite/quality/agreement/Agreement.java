package io.collectlite.quality.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agreement coefficients over a {@link RatingTable}: the entry point of this package.
 *
 * <p>Each coefficient is empty when it is undefined (0 / 0): no pairable values, or every pairable value the
 * same, so chance alone explains the agreement. All methods are pure and thread-safe.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Krippendorff's alpha for the table's values at {@code level}, from the coincidence matrix.
   *
   * <p>Missing cells are allowed; a unit with fewer than two values cannot be paired and is ignored. Ordinal
   * data use Krippendorff's ordinal metric, which counts the pairable values ranked between two categories.
   *
   * @throws IllegalArgumentException if a value is not an ordinal category or, for interval data, not a number
   */
  public static Optional<Alpha> krippendorffAlpha(RatingTable table, Level level) {
    return KrippendorffAlpha.compute(table, level);
  }

  /**
   * Krippendorff's alpha from a coincidence matrix built elsewhere (for example by a database from (unit,
   * value) counts); the same value {@link #krippendorffAlpha(RatingTable, Level)} gives for the table the
   * matrix was built from.
   *
   * @throws IllegalArgumentException if a value is not an ordinal category or, for interval data, not a number
   */
  public static Optional<Alpha> krippendorffAlpha(Coincidences coincidences, Level level) {
    return KrippendorffAlpha.compute(coincidences, level);
  }

  /**
   * Fleiss' kappa for nominal categories, where every unit has the same number of ratings (the raters need
   * not be the same people).
   *
   * @throws IllegalArgumentException if units have different numbers of ratings, or fewer than two;
   *     Krippendorff's alpha is the coefficient for such data
   */
  public static Optional<Kappa> fleissKappa(RatingTable table) {
    return Kappas.fleiss(table);
  }

  /**
   * Cohen's kappa of two coders over the units both rated, the categories taken as nominal.
   *
   * @return empty when the coders share no unit or chance agreement is 1
   * @throws IllegalArgumentException if a coder is not in the table or both are the same
   */
  public static Optional<Kappa> cohensKappa(RatingTable table, String first, String second) {
    return Kappas.cohen(table, first, second);
  }

  /**
   * Cohen's kappa for every pair of coders, in coder order; pairs whose kappa is undefined are left out.
   */
  public static List<CoderPair> pairwiseCohensKappa(RatingTable table) {
    List<String> coders = List.copyOf(table.coders());
    List<CoderPair> pairs = new ArrayList<>();
    for (int i = 0; i < coders.size(); i++) {
      for (int j = i + 1; j < coders.size(); j++) {
        String first = coders.get(i);
        String second = coders.get(j);
        cohensKappa(table, first, second).ifPresent(k -> pairs.add(new CoderPair(first, second, k)));
      }
    }
    return List.copyOf(pairs);
  }

  /**
   * The share of {@code unit}'s values equal to {@code consensus}, 0 to 1; values are compared as strings.
   *
   * @throws IllegalArgumentException if the unit has no values
   */
  public static double taskAgreement(RatingTable table, String unit, String consensus) {
    List<String> values = table.values(unit);
    if (values.isEmpty()) throw new IllegalArgumentException("unit " + unit + " has no ratings");
    return (double) values.stream().filter(consensus::equals).count() / values.size();
  }
}
