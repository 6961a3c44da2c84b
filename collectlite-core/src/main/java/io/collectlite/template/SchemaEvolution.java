package io.collectlite.template;

import io.collectlite.error.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule a new template version must follow so that every annotation made under an older one
 * stays valid and keeps counting in consensus: the primary question keeps its name and kind, a
 * question kept under the same name keeps its kind, and no option value is dropped (titles, keys,
 * prompts and order may change; options and questions may be added; secondary questions may go).
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
      Set<String> kept = values(q);
      List<String> dropped = values(old.get()).stream().filter(v -> !kept.contains(v)).sorted().toList();
      if (!dropped.isEmpty()) {
        throw ValidationException.field(at + ".options", "question '" + q.name() + "' drops " + String.join(", ",
            dropped) + ": earlier annotations use them; retitle an option instead of removing it");
      }
    }
    if (!previous.requiredFields().equals(next.requiredFields())) {
      throw ValidationException.field("schema.required_fields", "the row fields of a project cannot change: "
          + "its examples were checked against " + previous.requiredFields());
    }
  }

  private static Set<String> values(Question q) {
    List<LabelOption> options;
    if (q instanceof OptionQuestion o) options = o.options();
    else if (q instanceof MultiChoice m) options = m.options();
    else if (q instanceof PairwiseChoice p) options = p.choices();
    else options = List.of();
    return options.stream().map(LabelOption::value).collect(Collectors.toSet());
  }
}
