package io.collectlite.suggestion;

import io.collectlite.suggestion.evaluation.Proportion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How each model's suggestions compare with the settled labels, and whether showing suggestions sways
 * annotators (anchoring).
 *
 * @param models one entry per provider, model and prompt version, by the number of tasks compared
 * @param anchoring annotators' agreement with the model in assignments that showed suggestions and in those
 *     that hid them, with the difference and its 95% interval
 */
public record SuggestionReport(List<ModelReport> models, Anchoring anchoring) {
  public SuggestionReport {
    models = List.copyOf(models);
    Objects.requireNonNull(anchoring, "anchoring");
  }

  /**
   * One model against the settled labels.
   *
   * @param accuracy settled tasks whose final label the model's latest suggestion matched, of those compared
   * @param spearman rank correlation of the model's score (its raw score, else its grade) with the final grade,
   *     for ordinal and numeric questions
   * @param ndcg mean nDCG@{@code k} over the groups (queries) ranked by the model's score, final grades as gains
   * @param rankings how many groups the nDCG averages
   */
  public record ModelReport(SuggestionKey key, Proportion accuracy, OptionalDouble spearman, OptionalDouble ndcg,
      int k, int rankings) {
    public ModelReport {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(accuracy, "accuracy");
      Objects.requireNonNull(spearman, "spearman");
      Objects.requireNonNull(ndcg, "ndcg");
    }
  }

  /**
   * Agreement of annotators with the model's latest suggestion made before they answered.
   *
   * @param shown in assignments that showed suggestions
   * @param hidden in assignments that hid them
   * @param difference shown minus hidden, with its Newcombe 95% interval; a positive interval suggests anchoring
   */
  public record Anchoring(Proportion shown, Proportion hidden, Optional<Proportion.Difference> difference) {
    public Anchoring {
      Objects.requireNonNull(shown, "shown");
      Objects.requireNonNull(hidden, "hidden");
      Objects.requireNonNull(difference, "difference");
    }
  }
}
