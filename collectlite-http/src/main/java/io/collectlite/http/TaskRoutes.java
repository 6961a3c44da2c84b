package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.Confidence;
import io.collectlite.annotation.SubmitOutcome;
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
import java.util.List;
import java.util.Optional;

/** Task generation, the annotator queue (claim, skip) and annotation submits. */
final class TaskRoutes {
  private final CollectLite lite;

  TaskRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects/{id}/tasks/generate", this::generate);
    router.get("/api/tasks/next", this::next);
    router.post("/api/tasks/{id}/annotations", this::annotate);
    router.post("/api/tasks/{id}/skip", this::skip);
    router.post("/api/tasks/{id}/skip/undo", this::undoSkip);
  }

  @OpenApi(path = "/api/projects/{id}/tasks/generate", methods = HttpMethod.POST, operationId = "generateTasks",
      tags = "tasks", summary = "Creates a task for every example that has none; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = GenerateRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = GenerateResponse.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void generate(Context ctx) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    GenerateRequest body = Json.bodyOr(ctx, GenerateRequest.class, GenerateRequest.DEFAULT);
    int created = body.overlap() == null ? lite.generateTasks(user, projectId)
        : lite.generateTasks(user, projectId, body.overlap());
    ctx.json(new GenerateResponse(created));
  }

  @OpenApi(path = "/api/tasks/next", methods = HttpMethod.GET, operationId = "claimNextTask", tags = "tasks",
      summary = "Claims the caller's next task under a lease; 204 when the queue is empty. Annotators and owners",
      security = @OpenApiSecurity(name = Docs.BEARER),
      queryParams = @OpenApiParam(name = "project", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ClaimView.class)),
          @OpenApiResponse(status = "204", description = "no task is left for the caller"),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void next(Context ctx) {
    User user = Authentication.user(ctx);
    lite.claimNext(user, Params.queryId(ctx, "project")).ifPresentOrElse(
        claim -> ctx.json(ClaimView.of(claim, claim.suggestionsShown() ? lite.suggestionsFor(user, claim.taskId())
            : List.of())),
        () -> ctx.status(HttpStatus.NO_CONTENT));
  }

  @OpenApi(path = "/api/tasks/{id}/annotations", methods = HttpMethod.POST, operationId = "submitAnnotation",
      tags = "tasks", summary = "Submits the caller's label for a task they hold; 200 when an idempotency key replays. "
          + "The answer never reveals the task's state or consensus",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AnnotationRequest.class)),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = SubmitResponse.class)),
          @OpenApiResponse(status = "200", description = "replayed", content = @OpenApiContent(from = SubmitResponse.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorResponse.class))})
  void annotate(Context ctx) {
    User user = Authentication.user(ctx);
    long taskId = Params.pathId(ctx, "id");
    AnnotationRequest body = Json.body(ctx, AnnotationRequest.class);
    Confidence confidence = body.confidence() == null ? Confidence.MEDIUM
        : Params.wireEnum("confidence", body.confidence(), Confidence.class, Confidence::fromWire);
    AnswerBody answers = AnswerBody.of(body.label(), body.answers());
    AnnotationInput input = new AnnotationInput(answers.value(), confidence, body.notes(),
        body.latency_ms() == null ? 0 : body.latency_ms(), Optional.ofNullable(body.idempotency_key()));
    SubmitOutcome outcome = answers.named(() -> lite.submit(user, taskId, input));
    ctx.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).json(SubmitResponse.of(outcome));
  }

  @OpenApi(path = "/api/tasks/{id}/skip/undo", methods = HttpMethod.POST, operationId = "undoSkip", tags = "tasks",
      summary = "Takes back the caller's skip of a task that still waits for annotations: they hold it again under a "
          + "new lease, and the task they hold now returns to the queue",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ClaimView.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "not skipped by the caller, no longer open, or filled since",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void undoSkip(Context ctx) {
    User user = Authentication.user(ctx);
    var claim = lite.undoSkip(user, Params.pathId(ctx, "id"));
    ctx.json(ClaimView.of(claim, claim.suggestionsShown() ? lite.suggestionsFor(user, claim.taskId()) : List.of()));
  }

  @OpenApi(path = "/api/tasks/{id}/skip", methods = HttpMethod.POST, operationId = "skipTask", tags = "tasks",
      summary = "Gives a claimed task back to the queue", security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "204"),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ErrorResponse.class))})
  void skip(Context ctx) {
    User user = Authentication.user(ctx);
    lite.skip(user, Params.pathId(ctx, "id"));
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
