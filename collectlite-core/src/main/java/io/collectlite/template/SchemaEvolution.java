package io.collectlite.template;

import io.collectlite.error.ValidationException;
import java.util.List;
import java.util.Set;

/**
 * The rule a new template version must follow so that every annotation made under an older one
 * stays valid and keeps counting in consensus: the primary question keeps its name and kind, a
 * question kept under the same name keeps its kind, no option value (or pairwise strength) is
 * dropped, ordinal and multi-choice options keep their relative order, and a numeric scale only
 * widens on the same grid. Titles, keys and prompts may change; options and questions may be added;
 * secondary questions may go.
 */
public final class SchemaEvolution {
  private SchemaEvolution() {}

  /** Throws a {@link ValidationException} naming what {@code next} breaks of {@code previous}. */
  public static void requireCompatible(LabelSchema previous, LabelSchema next) {
    Question oldPrimary = previous.primary();
    Question newPrimary = next.primary();
    if (!oldPrimary.name().equals(newPrimary.name()) || !oldPrimary.kind().equals(newPrimary.kind())) {
      throw ValidationException.field("schema.questions[0]", "the first question must stay '" + oldPrimary.name()
          + "' (" + oldPrimary.kind() + "): consensus and earlier annotations depend on it");
    }
    for (int i = 0; i < next.questions().size(); i++) {
      Question q = next.questions().get(i);
      String at = "schema.questions[" + i + "]";
      var old = previous.question(q.name());
      if (old.isEmpty()) continue;
      if (!old.get().kind().equals(q.kind())) {
        throw ValidationException.field(at + ".kind", "question '" + q.name() + "' was " + old.get().kind()
            + "; give a question of another kind a new name");
      }
      Set<String> kept = Set.copyOf(values(q));
      List<String> dropped = values(old.get()).stream().filter(v -> !kept.contains(v)).sorted().toList();
      if (!dropped.isEmpty()) {
        throw ValidationException.field(at + ".options", "question '" + q.name() + "' drops " + String.join(", ",
            dropped) + ": earlier annotations use them; retitle an option instead of removing it");
      }
      if (q instanceof OrdinalScale || q instanceof MultiChoice) {
        List<String> before = values(old.get());
        List<String> after = values(q).stream().filter(before::contains).toList();
        if (!after.equals(before)) {
          throw ValidationException.field(at + ".options", "question '" + q.name() + "' reorders its options "
              + before + ": earlier annotations rely on their order; new options may go anywhere");
        }
      }
      if (q instanceof NumericRating wider && old.get() instanceof NumericRating prev) requireWider(prev, wider, at);
    }
    if (!previous.requiredFields().equals(next.requiredFields())) {
      throw ValidationException.field("schema.required_fields", "the row fields of a project cannot change: "
          + "its examples were checked against " + previous.requiredFields());
    }
  }

  /** A numeric scale may only widen on the same grid: every earlier answer stays a valid value. */
  private static void requireWider(NumericRating prev, NumericRating next, String at) {
    boolean contains = next.min().compareTo(prev.min()) <= 0 && next.max().compareTo(prev.max()) >= 0;
    boolean sameGrid = prev.min().subtract(next.min()).remainder(next.step()).signum() == 0
        && prev.step().remainder(next.step()).signum() == 0;
    if (!contains || !sameGrid) {
      throw ValidationException.field(at, "question '" + next.name() + "' must keep every earlier value "
          + prev.min().toPlainString() + " to " + prev.max().toPlainString() + " in steps of "
          + prev.step().toPlainString() + " (it may widen the range or use a finer step)");
    }
  }

  private static List<String> values(Question q) {
    List<LabelOption> options = new java.util.ArrayList<>();
    if (q instanceof OptionQuestion o) options.addAll(o.options());
    else if (q instanceof MultiChoice m) options.addAll(m.options());
    else if (q instanceof PairwiseChoice p) {
      options.addAll(p.choices());
      options.addAll(p.strengths());
    }
    return options.stream().map(LabelOption::value).toList();
  }
}
