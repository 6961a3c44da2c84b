package io.collectlite.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.CollectLite;
import io.collectlite.error.ValidationException;
import io.collectlite.job.Job;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/** Model suggestions: the suggesters, suggestion jobs and their status, visibility settings and the report. */
final class SuggestionRoutes {
  private static final int JOB_FAILURES_SHOWN = 20;
  private final CollectLite lite;

  SuggestionRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/suggesters", this::suggesters);
    router.post("/api/projects/{id}/tasks/suggest", this::suggest);
    router.get("/api/projects/{id}/jobs", this::jobs);
    router.get("/api/jobs/{id}", this::job);
    router.get("/api/projects/{id}/suggestions/settings", this::settings);
    router.put("/api/projects/{id}/suggestions/settings", this::updateSettings);
    router.get("/api/projects/{id}/suggestions/report", this::report);
    router.get("/api/tasks/{id}/suggestions", this::forTask);
    router.post("/api/projects/{id}/near-duplicates", this::nearDuplicates);
  }

  @OpenApi(path = "/api/suggesters", methods = HttpMethod.GET, operationId = "listSuggesters", tags = "suggestions",
      summary = "The models this server can run for suggestions; with `project`, only those that can suggest for "
          + "that project's task type and template (the ones its suggest call accepts; owners and reviewers)",
      security = @OpenApiSecurity(name = Docs.BEARER),
      queryParams = @OpenApiParam(name = "project", type = Long.class, description = "a project id"),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SuggesterView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void suggesters(Context ctx) {
    User user = Authentication.user(ctx);
    var suggesters = ctx.queryParam("project") == null ? lite.suggesters()
        : lite.suggesters(user, Params.queryId(ctx, "project"));
    ctx.json(suggesters.stream().map(SuggesterView::of).toList());
  }

  @OpenApi(path = "/api/projects/{id}/tasks/suggest", methods = HttpMethod.POST, operationId = "suggestLabels",
      tags = "suggestions", summary = "Starts a background job in which a model suggests a label for every example "
          + "it has not yet suggested for under its model and prompt version; poll the job for progress. Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = SuggestRequest.class)),
      responses = {
          @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)),
          @OpenApiResponse(status = "400", description = "an unknown suggester, or one that cannot suggest for the project",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "a job of the same model is already running",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void suggest(Context ctx) {
    User user = Authentication.user(ctx);
    SuggestRequest body = Json.body(ctx, SuggestRequest.class);
    if (body.suggester() == null || body.suggester().isBlank()) {
      throw ValidationException.field("suggester", "is required");
    }
    Job job = lite.suggest(user, Params.pathId(ctx, "id"), body.suggester());
    ctx.status(HttpStatus.ACCEPTED).json(JobView.of(job));
  }

  @OpenApi(path = "/api/projects/{id}/near-duplicates", methods = HttpMethod.POST, operationId = "checkNearDuplicates",
      tags = "suggestions", summary = "Starts a near-duplicate check of the examples not checked yet (task generation "
          + "starts one by itself): near-duplicates share a split in exports. Its job counts the examples checked as `suggested` and the "
          + "near-duplicates as `found`. "
          + "Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)),
          @OpenApiResponse(status = "400", description = "the server has no embedding model",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorResponse.class))})
  void nearDuplicates(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.status(HttpStatus.ACCEPTED).json(JobView.of(lite.checkNearDuplicates(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/projects/{id}/jobs", methods = HttpMethod.GET, operationId = "listJobs", tags = "suggestions",
      summary = "The project's latest jobs, newest first; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = JobView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void jobs(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.jobs(user, Params.pathId(ctx, "id")).stream().map(JobView::of).toList());
  }

  @OpenApi(path = "/api/jobs/{id}", methods = HttpMethod.GET, operationId = "getJob", tags = "suggestions",
      summary = "A job's status, progress counts and first recorded failures; owners and reviewers of its project",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = JobView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void job(Context ctx) {
    User user = Authentication.user(ctx);
    long id = Params.pathId(ctx, "id");
    ctx.json(JobView.of(lite.job(user, id), lite.jobFailures(user, id, JOB_FAILURES_SHOWN)));
  }

  @OpenApi(path = "/api/projects/{id}/suggestions/settings", methods = HttpMethod.GET,
      operationId = "getSuggestionSettings", tags = "suggestions",
      summary = "Whether annotators see suggestions (shown, hidden, ablation) and active learning; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SuggestionSettingsView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void settings(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(SuggestionSettingsView.of(lite.suggestionSettings(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/projects/{id}/suggestions/settings", methods = HttpMethod.PUT,
      operationId = "updateSuggestionSettings", tags = "suggestions",
      summary = "Changes some suggestion settings (fields left out keep their value); they apply to the next claims. "
          + "Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = SuggestionSettingsView.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SuggestionSettingsView.class)),
          @OpenApiResponse(status = "400", description = "problems name `suggestions.<field>`",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void updateSettings(Context ctx) {
    User user = Authentication.user(ctx);
    JsonNode patch = Json.body(ctx, JsonNode.class);
    ctx.json(SuggestionSettingsView.of(lite.updateSuggestionSettings(user, Params.pathId(ctx, "id"), patch)));
  }

  @OpenApi(path = "/api/projects/{id}/suggestions/report", methods = HttpMethod.GET, operationId = "suggestionReport",
      tags = "suggestions", summary = "Each model against the settled labels (accuracy; Spearman and nDCG@10 for "
          + "graded questions) and anchoring (agreement with the model when shown vs hidden); owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SuggestionReportView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void report(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(SuggestionReportView.of(lite.suggestionReport(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/tasks/{id}/suggestions", methods = HttpMethod.GET, operationId = "taskSuggestions",
      tags = "suggestions", summary = "The model suggestions for a task the caller holds; empty when their assignment "
          + "hides suggestions",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = SuggestionView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void forTask(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.suggestionsFor(user, Params.pathId(ctx, "id")).stream().map(SuggestionView::of).toList());
  }
}
