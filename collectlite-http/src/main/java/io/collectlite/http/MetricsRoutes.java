package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/** A project's progress counters and its quality dashboard. */
final class MetricsRoutes {
  private final CollectLite lite;

  MetricsRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/projects/{id}/metrics", this::metrics);
    router.get("/api/projects/{id}/dashboard", this::dashboard);
  }

  @OpenApi(path = "/api/projects/{id}/metrics", methods = HttpMethod.GET, operationId = "getMetrics",
      tags = "metrics", summary = "Examples, annotations, tasks by state, final labels and export readiness; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = MetricsView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void metrics(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(MetricsView.of(lite.metrics(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/projects/{id}/dashboard", methods = HttpMethod.GET, operationId = "getDashboard",
      tags = "metrics", summary = "Quality dashboard: activity by day, annotators' throughput, latency and agreement "
          + "with final labels, alpha overall and per label, label distributions, model-human disagreement, review "
          + "backlog by reason, export readiness; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = DashboardView.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void dashboard(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(DashboardView.of(lite.dashboard(user, Params.pathId(ctx, "id"))));
  }
}
