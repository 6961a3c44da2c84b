package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.quality.ReviewReason;
import io.collectlite.task.TaskState;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/** The review queue and reviewers' decisions. */
final class ReviewRoutes {
  private final CollectLite lite;

  ReviewRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/projects/{id}/review-queue", this::queue);
    router.post("/api/reviews/{taskId}/resolve", this::resolve);
    router.post("/api/reviews/{taskId}/revise", this::revise);
  }

  @OpenApi(path = "/api/projects/{id}/review-queue", methods = HttpMethod.GET, operationId = "getReviewQueue",
      tags = "reviews", summary = "Tasks waiting for a reviewer, oldest first, with every annotation, the reasons "
          + "each is here and the model suggestions; reviewers and owners",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = @OpenApiParam(name = "reason", type = String.class, example = "disagreement",
          description = "only tasks in review for this reason: disagreement, low_confidence, model_disagreement, "
              + "failed_gold or owner_flag"),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ReviewItemView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void queue(Context ctx) {
    User user = Authentication.user(ctx);
    String reason = ctx.queryParam("reason");
    var filter = reason == null || reason.isBlank() ? java.util.Optional.<ReviewReason>empty()
        : java.util.Optional.of(Params.wireEnum("reason", reason, ReviewReason.class, ReviewReason::fromWire));
    ctx.json(lite.reviewQueue(user, Params.pathId(ctx, "id"), filter).stream().map(ReviewItemView::of).toList());
  }

  @OpenApi(path = "/api/reviews/{taskId}/resolve", methods = HttpMethod.POST, operationId = "resolveReview",
      tags = "reviews", summary = "Sets a contested task's final label, overriding consensus; reviewers and owners",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "taskId", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ResolveRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ResolveResponse.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "the task is not waiting for review",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void resolve(Context ctx) {
    User user = Authentication.user(ctx);
    long taskId = Params.pathId(ctx, "taskId");
    ResolveRequest body = Json.body(ctx, ResolveRequest.class);
    AnswerBody answers = AnswerBody.of(body.label(), body.answers());
    answers.named(() -> {
      lite.resolve(user, taskId, answers.value(), body.comment(), Boolean.TRUE.equals(body.gold()));
      return taskId;
    });
    ctx.json(new ResolveResponse(taskId, TaskState.RESOLVED.wire()));
  }

  @OpenApi(path = "/api/reviews/{taskId}/revise", methods = HttpMethod.POST, operationId = "reviseReview",
      tags = "reviews", summary = "Revises the decision on a task a review resolved, until it is exported; the earlier "
          + "decision stays on record. Reviewers and owners",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "taskId", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ReviseRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ResolveResponse.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "409", description = "not resolved by a review, exported already, or gold",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void revise(Context ctx) {
    User user = Authentication.user(ctx);
    long taskId = Params.pathId(ctx, "taskId");
    ReviseRequest body = Json.body(ctx, ReviseRequest.class);
    AnswerBody answers = AnswerBody.of(body.label(), body.answers());
    answers.named(() -> {
      lite.reviseReview(user, taskId, answers.value(), body.comment());
      return taskId;
    });
    ctx.json(new ResolveResponse(taskId, TaskState.RESOLVED.wire()));
  }
}
