package io.collectlite.suggestion;

import io.collectlite.suggestion.evaluation.Ndcg;
import io.collectlite.suggestion.evaluation.Proportion;
import io.collectlite.suggestion.evaluation.Spearman;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.NumericRating;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Builds a {@link SuggestionReport} from the store's comparisons and anchoring tallies. Pure. */
public final class SuggestionReports {
  /** The cut-off of nDCG. */
  public static final int NDCG_K = 10;

  private SuggestionReports() {}

  /** The report for a project whose label schema is {@code schema}. */
  public static SuggestionReport of(LabelSchema schema, List<ModelComparison> comparisons,
      List<AnchoringTally> anchoring) {
    Map<SuggestionKey, List<ModelComparison>> byModel = new LinkedHashMap<>();
    comparisons.forEach(c -> byModel.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
    List<SuggestionReport.ModelReport> models = new ArrayList<>();
    byModel.forEach((key, list) -> models.add(model(schema, key, list)));
    models.sort(Comparator.comparingLong((SuggestionReport.ModelReport m) -> -m.accuracy().trials())
        .thenComparing(m -> m.key().toString()));
    return new SuggestionReport(models, anchoring(schema, anchoring));
  }

  private static SuggestionReport.ModelReport model(LabelSchema schema, SuggestionKey key, List<ModelComparison> list) {
    long agreeing = list.stream().filter(c -> schema.agrees(c.suggested(), c.finalLabel())).count();
    Question primary = schema.primary();
    if (!(primary instanceof OrdinalScale) && !(primary instanceof NumericRating)) {
      return new SuggestionReport.ModelReport(key, new Proportion(agreeing, list.size()), OptionalDouble.empty(),
          OptionalDouble.empty(), NDCG_K, 0);
    }
    List<double[]> scored = new ArrayList<>();
    Map<String, List<double[]>> groups = new LinkedHashMap<>();
    for (ModelComparison c : list) {
      OptionalDouble score = c.rawScore().isPresent() ? c.rawScore() : grade(primary, c.suggested());
      OptionalDouble truth = grade(primary, c.finalLabel());
      if (score.isEmpty() || truth.isEmpty()) continue;
      double[] pair = {score.getAsDouble(), truth.getAsDouble()};
      scored.add(pair);
      if (!c.group().isEmpty()) groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(pair);
    }
    OptionalDouble rho = Spearman.rho(scored.stream().mapToDouble(p -> p[0]).toArray(),
        scored.stream().mapToDouble(p -> p[1]).toArray());
    double sum = 0;
    int rankings = 0;
    for (List<double[]> group : groups.values()) {
      double min = group.stream().mapToDouble(p -> p[1]).min().orElse(0);
      double[] gains = group.stream().sorted(Comparator.comparingDouble((double[] p) -> -p[0]))
          .mapToDouble(p -> p[1] - Math.min(0, min)).toArray();
      OptionalDouble ndcg = Ndcg.atK(gains, NDCG_K);
      if (ndcg.isPresent()) {
        sum += ndcg.getAsDouble();
        rankings++;
      }
    }
    return new SuggestionReport.ModelReport(key, new Proportion(agreeing, list.size()), rho,
        rankings == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / rankings), NDCG_K, rankings);
  }

  /** An answer's grade: its position on an ordinal scale, its value on a numeric one. */
  private static OptionalDouble grade(Question q, String key) {
    if (q instanceof OrdinalScale scale) {
      var g = scale.grade(key);
      return g.isPresent() ? OptionalDouble.of(g.getAsInt()) : OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(key));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private static SuggestionReport.Anchoring anchoring(LabelSchema schema, List<AnchoringTally> tallies) {
    long[] shown = new long[2];
    long[] hidden = new long[2];
    for (AnchoringTally t : tallies) {
      long[] side = t.shown() ? shown : hidden;
      side[0] += t.annotations();
      if (schema.agrees(t.annotated(), t.suggested())) side[1] += t.annotations();
    }
    Proportion s = new Proportion(shown[1], shown[0]);
    Proportion h = new Proportion(hidden[1], hidden[0]);
    return new SuggestionReport.Anchoring(s, h, s.minus(h));
  }
}
