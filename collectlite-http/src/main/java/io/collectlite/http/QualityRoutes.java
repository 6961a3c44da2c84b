package io.collectlite.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.CollectLite;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiContentProperty;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/** Quality settings, gold files, annotator reliability, consensus recomputes and owners' review flags. */
final class QualityRoutes {
  private final CollectLite lite;
  private final FileParts files;

  QualityRoutes(CollectLite lite, ServerOptions options) {
    this.lite = lite;
    this.files = new FileParts(options);
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/projects/{id}/quality", this::settings);
    router.put("/api/projects/{id}/quality", this::updateSettings);
    router.post("/api/projects/{id}/gold", this::uploadGold);
    router.get("/api/projects/{id}/reliability", this::reliability);
    router.post("/api/projects/{id}/consensus/recompute", this::recompute);
    router.get("/api/projects/{id}/consensus/runs", this::runs);
    router.post("/api/tasks/{id}/flag", this::flag);
    router.post("/api/projects/{id}/flags", this::flagExample);
  }

  @OpenApi(path = "/api/projects/{id}/quality", methods = HttpMethod.GET, operationId = "getQualitySettings",
      tags = "quality", summary = "The project's quality settings; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = QualitySettingsView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void settings(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(QualitySettingsView.of(lite.qualitySettings(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/projects/{id}/quality", methods = HttpMethod.PUT, operationId = "updateQualitySettings",
      tags = "quality", summary = "Changes some of the project's quality settings (fields left out keep their value); "
          + "they apply to tasks decided from now on, recompute to apply them to the rest. Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = QualitySettingsRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = QualitySettingsView.class)),
          @OpenApiResponse(status = "400", description = "problems name `quality.<field>`",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void updateSettings(Context ctx) {
    User user = Authentication.user(ctx);
    JsonNode patch = Json.body(ctx, JsonNode.class);
    ctx.json(QualitySettingsView.of(lite.updateQualitySettings(user, Params.pathId(ctx, "id"), patch)));
  }

  @OpenApi(path = "/api/projects/{id}/gold", methods = HttpMethod.POST, operationId = "uploadGold", tags = "quality",
      security = @OpenApiSecurity(name = Docs.BEARER),
      summary = "Makes tasks gold from a .jsonl file of known answers, one object per line: `example_id` and `label` "
          + "(one value for the first question, or an object of answers by question name) or `answers`. A task "
          + "nobody is labelling is resolved with its gold answer and from then on served to annotators as a gold "
          + "probe at the project's gold rate; a resolved task takes the gold answer as its final label. Owners only",
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = @OpenApiParam(name = "mode", type = String.class, example = "lenient",
          description = "`strict` (default): any bad line refuses the file with 400 and nothing is stored; "
              + "`lenient`: good lines are stored and bad ones listed in `rejected`"),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(mimeType = "multipart/form-data",
          properties = @OpenApiContentProperty(name = "file", type = "string", format = "binary"))),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = GoldResponse.class)),
          @OpenApiResponse(status = "400", description = "problems name each line and field",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "413", content = @OpenApiContent(from = ErrorResponse.class))})
  void uploadGold(Context ctx) {
    files.accept(ctx, lite, "gold files", (owner, projectId, fileName, content, mode) ->
        GoldResponse.of(lite.uploadGold(owner, projectId, fileName, content, mode)));
  }

  @OpenApi(path = "/api/projects/{id}/reliability", methods = HttpMethod.GET, operationId = "getReliability",
      tags = "quality", summary = "Each annotator's smoothed gold accuracy with the count it rests on, and the latest "
          + "Dawid-Skene estimate; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ReliabilityView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void reliability(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.reliability(user, Params.pathId(ctx, "id")).stream().map(ReliabilityView::of).toList());
  }

  @OpenApi(path = "/api/projects/{id}/consensus/recompute", methods = HttpMethod.POST,
      operationId = "recomputeConsensus", tags = "quality",
      summary = "Decides every decided task again under the current quality settings (fitting Dawid-Skene first when "
          + "that is the method) and stores a new consensus version naming the run; reviewers' decisions stand. "
          + "Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = RecomputeResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void recompute(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.status(HttpStatus.CREATED).json(RecomputeResponse.of(lite.recomputeConsensus(user, Params.pathId(ctx, "id"))));
  }

  @OpenApi(path = "/api/projects/{id}/consensus/runs", methods = HttpMethod.GET, operationId = "listConsensusRuns",
      tags = "quality", summary = "The project's consensus recomputes, newest first; owners and reviewers",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ConsensusRunView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void runs(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.consensusRuns(user, Params.pathId(ctx, "id")).stream().map(ConsensusRunView::of).toList());
  }

  @OpenApi(path = "/api/tasks/{id}/flag", methods = HttpMethod.POST, operationId = "flagTask", tags = "quality",
      summary = "Sends a task that has a verdict to the review queue with the owner's flag; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = FlagRequest.class)),
      responses = {
          @OpenApiResponse(status = "204"),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "the task is still being labelled, or gold",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void flag(Context ctx) {
    User user = Authentication.user(ctx);
    FlagRequest body = Json.bodyOr(ctx, FlagRequest.class, new FlagRequest(""));
    lite.flagForReview(user, Params.pathId(ctx, "id"), body.comment() == null ? "" : body.comment());
    ctx.status(HttpStatus.NO_CONTENT);
  }

  @OpenApi(path = "/api/projects/{id}/flags", methods = HttpMethod.POST, operationId = "flagExample", tags = "quality",
      summary = "Sends the task of one of the project's examples, named by its example id as exports show it, to the "
          + "review queue with the owner's flag; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = FlagExampleRequest.class)),
      responses = {
          @OpenApiResponse(status = "204"),
          @OpenApiResponse(status = "400", description = "problems name `example_id` or `comment`",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", description = "the project has no task for that example",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "the task is still being labelled, or gold",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void flagExample(Context ctx) {
    User user = Authentication.user(ctx);
    FlagExampleRequest body = Json.body(ctx, FlagExampleRequest.class);
    lite.flagForReview(user, Params.pathId(ctx, "id"), body.example_id(), body.comment() == null ? "" : body.comment());
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
