package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.leaderboard.Leaderboard;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/** The model leaderboard of a pairwise-preference project. */
final class LeaderboardRoutes {
  static final int DEFAULT_BOOTSTRAP = 200;
  static final long DEFAULT_SEED = 0;

  private final CollectLite lite;

  LeaderboardRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/projects/{id}/leaderboard", this::leaderboard);
  }

  @OpenApi(path = "/api/projects/{id}/leaderboard", methods = HttpMethod.GET, operationId = "getLeaderboard",
      tags = "metrics", summary = "Models of a pairwise-preference project ranked by Bradley-Terry strength, with "
          + "bootstrap 95% intervals and wins, losses and ties, one comparison per resolved task; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = {
          @OpenApiParam(name = "bootstrap", type = Integer.class, example = "200",
              description = "resamples for the intervals, 0 (none) to " + Leaderboard.MAX_BOOTSTRAP_SAMPLES
                  + "; 200 by default"),
          @OpenApiParam(name = "seed", type = Long.class, example = "0",
              description = "seed of the resampling, 0 by default: the same data and seed give the same intervals")},
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = LeaderboardView.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void leaderboard(Context ctx) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    int bootstrap = Params.queryInt(ctx, "bootstrap", DEFAULT_BOOTSTRAP);
    long seed = Params.queryLong(ctx, "seed", DEFAULT_SEED);
    ctx.json(LeaderboardView.of(projectId, lite.leaderboard(user, projectId, bootstrap, seed)));
  }
}
