package io.collectlite.metrics;

import io.collectlite.quality.agreement.Agreement;
import io.collectlite.quality.agreement.Alpha;
import io.collectlite.quality.agreement.Coincidences;
import io.collectlite.quality.agreement.Level;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Agreement on one label of the first question: Krippendorff's alpha of the binary coding "this label or any
 * other" of the same annotations (nominal, whatever the question's level), so a label annotators confuse
 * with others scores low even when the project's alpha is high. Multi-label answers count as whole label
 * sets, as in the project's alpha.
 *
 * @param label the label's value (its consensus key)
 * @param pairableValues annotations with this label on tasks with two or more annotations
 * @param alpha empty when undefined: every pairable annotation has this label
 */
public record LabelAgreement(String label, long pairableValues, OptionalDouble alpha) {
  public LabelAgreement {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(alpha, "alpha");
    if (pairableValues < 1) throw new IllegalArgumentException("a label needs a pairable value");
  }

  /** One entry per label among the pairable values, in label order. */
  public static List<LabelAgreement> of(Coincidences coincidences) {
    return coincidences.values().stream()
        .map(label -> new LabelAgreement(label, Math.round(coincidences.marginal(label)),
            alpha(coincidences.binary(label))))
        .toList();
  }

  private static OptionalDouble alpha(Coincidences binary) {
    return Agreement.krippendorffAlpha(binary, Level.nominal()).map(Alpha::value)
        .map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
