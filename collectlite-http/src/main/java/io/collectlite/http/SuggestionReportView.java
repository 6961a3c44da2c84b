package io.collectlite.http;

import io.collectlite.suggestion.SuggestionReport;
import io.collectlite.suggestion.evaluation.Proportion;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/** How each model compares with the settled labels, and the anchoring measured by the ablation. */
record SuggestionReportView(@OpenApiRequired List<ModelView> models, @OpenApiRequired AnchoringView anchoring) {
  static SuggestionReportView of(SuggestionReport r) {
    return new SuggestionReportView(r.models().stream().map(ModelView::of).toList(), AnchoringView.of(r.anchoring()));
  }

  /**
   * One model (provider, model, prompt version) against the settled labels.
   *
   * @param accuracy share of settled tasks whose final label its latest suggestion matched
   * @param spearman rank correlation of its scores with the final grades (ordinal and numeric questions)
   * @param ndcg mean nDCG@k over the queries, final grades as gains
   */
  record ModelView(@OpenApiRequired String provider, @OpenApiRequired String model,
      @OpenApiRequired String prompt_version, @OpenApiRequired ShareView accuracy,
      @OpenApiDescription("null when undefined") Double spearman, @OpenApiDescription("null when undefined") Double ndcg,
      @OpenApiRequired int k, @OpenApiRequired int rankings) {
    static ModelView of(SuggestionReport.ModelReport m) {
      return new ModelView(m.key().provider(), m.key().model(), m.key().promptVersion(), ShareView.of(m.accuracy()),
          m.spearman().isPresent() ? m.spearman().getAsDouble() : null,
          m.ndcg().isPresent() ? m.ndcg().getAsDouble() : null, m.k(), m.rankings());
    }
  }

  /**
   * Agreement with the model when suggestions were shown and when hidden.
   *
   * @param difference shown minus hidden; null until both sides have annotations
   * @param lower the difference's 95% Newcombe interval, lower bound
   */
  record AnchoringView(@OpenApiRequired ShareView shown, @OpenApiRequired ShareView hidden,
      @OpenApiDescription("null until both sides have annotations") Double difference,
      @OpenApiDescription("95% interval; null with the difference") Double lower,
      @OpenApiDescription("95% interval; null with the difference") Double upper) {
    static AnchoringView of(SuggestionReport.Anchoring a) {
      var d = a.difference();
      return new AnchoringView(ShareView.of(a.shown()), ShareView.of(a.hidden()),
          d.map(Proportion.Difference::estimate).orElse(null), d.map(x -> x.interval().lower()).orElse(null),
          d.map(x -> x.interval().upper()).orElse(null));
    }
  }

  /** A share with its 95% Wilson interval (null values with no trials). */
  record ShareView(@OpenApiRequired long successes, @OpenApiRequired long trials, Double share, Double lower,
      Double upper) {
    static ShareView of(Proportion p) {
      var w = p.wilson();
      return new ShareView(p.successes(), p.trials(), p.share().orElse(null),
          w.map(Proportion.Interval::lower).orElse(null), w.map(Proportion.Interval::upper).orElse(null));
    }
  }
}
