package io.collectlite.http;

import io.collectlite.leaderboard.Leaderboard;
import io.collectlite.leaderboard.Standing;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * The models of a pairwise-preference project ranked by Bradley–Terry strength.
 *
 * @param models every model that took part in a comparison, best first
 * @param comparisons resolved tasks counted, one comparison each, decided by the final label
 * @param tasks_left_out resolved tasks not counted: {@code tasks_without_models} plus {@code tasks_with_same_model}
 * @param tasks_without_models resolved tasks whose row lacks {@code model_a} or {@code model_b}
 * @param tasks_with_same_model resolved tasks whose row names one model on both sides
 * @param no_fit_reason why the models carry no strengths (the maximum-likelihood estimate does not exist, e.g. a
 *     model never loses, or no task compares two models); then they are ranked by share of wins. Null when fitted
 * @param bootstrap_samples resamples asked for the 95% intervals (0: none)
 * @param bootstrap_used resamples with an estimate for every model, which the intervals come from
 * @param seed the resampling seed: the same data and seed give the same intervals
 */
record LeaderboardView(@OpenApiRequired long project_id, @OpenApiRequired List<StandingView> models,
    @OpenApiRequired int comparisons, @OpenApiRequired int tasks_left_out, @OpenApiRequired int tasks_without_models,
    @OpenApiRequired int tasks_with_same_model, String no_fit_reason, @OpenApiRequired int bootstrap_samples,
    @OpenApiRequired int bootstrap_used, @OpenApiRequired long seed) {
  /**
   * One model's row.
   *
   * @param rank 1 first, by strength (by win share when there are no strengths)
   * @param strength Bradley–Terry log-strength; strengths sum to zero, only differences mean something; null
   *     without a fit
   * @param versus_average probability of being preferred to a model of strength 0 (the geometric mean), 0 to 1;
   *     null without a fit
   * @param interval 95% percentile bootstrap interval of the strength; null without a fit or bootstrap
   * @param win_share share of comparisons won, ties counting half
   */
  record StandingView(@OpenApiRequired int rank, @OpenApiRequired String model, Double strength,
      Double versus_average, IntervalView interval, @OpenApiRequired int wins, @OpenApiRequired int losses,
      @OpenApiRequired int ties, @OpenApiRequired int comparisons, @OpenApiRequired double win_share) {
    static StandingView of(Standing s) {
      return new StandingView(s.rank(), s.model(), s.strength().orElse(null), s.versusAverage().orElse(null),
          s.interval().map(i -> new IntervalView(i.lower(), i.upper())).orElse(null), s.wins(), s.losses(), s.ties(),
          s.comparisons(), s.winShare());
    }
  }

  /** A 95% interval of a log-strength. */
  record IntervalView(@OpenApiRequired double lower, @OpenApiRequired double upper) {}

  static LeaderboardView of(long projectId, Leaderboard board) {
    return new LeaderboardView(projectId, board.standings().stream().map(StandingView::of).toList(),
        board.comparisons(), board.tasksLeftOut(), board.tasksWithoutModels(), board.tasksWithSameModel(),
        board.noFitReason().orElse(null), board.bootstrapSamples(), board.bootstrapUsed(), board.seed());
  }
}
