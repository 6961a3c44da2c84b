package io.collectlite.metrics;

import io.collectlite.quality.agreement.Agreement;
import io.collectlite.quality.agreement.Alpha;
import io.collectlite.quality.agreement.Coincidences;
import io.collectlite.quality.agreement.Level;
import io.collectlite.quality.agreement.Rating;
import io.collectlite.quality.agreement.RatingTable;
import io.collectlite.template.NumericRating;
import io.collectlite.template.OptionQuestion;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inter-annotator agreement of a project on its first question: Krippendorff's alpha at the data
 * level the question implies (ordinal scales ordinal, numeric ratings interval, everything else
 * nominal — label sets agree as wholes), over every task with at least two annotations.
 *
 * @param level {@code nominal}, {@code ordinal} or {@code interval}
 * @param alpha 1 is perfect agreement, 0 chance level, below 0 systematic disagreement
 * @param pairableValues annotations that took part (those of tasks with two or more)
 */
public record AgreementSummary(String level, double alpha, int pairableValues) {
  public AgreementSummary {
    Objects.requireNonNull(level, "level");
  }

  /** The project's agreement, or empty while no task has two annotations or all agree on one value. */
  public static Optional<AgreementSummary> of(Question primary, List<Rating> labels) {
    if (labels.isEmpty()) return Optional.empty();
    return of(primary, Coincidences.of(RatingTable.of(labels)));
  }

  /** The same from the coincidences of the first question's labels (see {@link Coincidences}). */
  public static Optional<AgreementSummary> of(Question primary, Coincidences labels) {
    String name = primary instanceof OrdinalScale ? "ordinal" : primary instanceof NumericRating ? "interval" : "nominal";
    Level level = switch (name) {
      case "ordinal" -> Level.ordinal(((OptionQuestion) primary).options().stream().map(o -> o.value()).toList());
      case "interval" -> Level.interval();
      default -> Level.nominal();
    };
    Optional<Alpha> alpha = Agreement.krippendorffAlpha(labels, level);
    return alpha.map(a -> new AgreementSummary(name, a.value(), a.pairableValues()));
  }
}
