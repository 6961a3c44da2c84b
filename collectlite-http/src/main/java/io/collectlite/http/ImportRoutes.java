package io.collectlite.http;

import io.collectlite.CollectLite;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiContentProperty;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;

/**
 * Imports of existing annotations and model predictions: a multipart {@code file} part (JSONL)
 * streamed into {@link CollectLite#importLabels}, strictly or leniently as {@code mode} says.
 */
final class ImportRoutes {
  private final CollectLite lite;
  private final FileParts files;

  ImportRoutes(CollectLite lite, ServerOptions options) {
    this.lite = lite;
    this.files = new FileParts(options);
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects/{id}/imports", this::importLabels);
  }

  @OpenApi(path = "/api/projects/{id}/imports", methods = HttpMethod.POST, operationId = "importLabels",
      tags = "imports", security = @OpenApiSecurity(name = Docs.BEARER),
      summary = "Imports existing annotations and model predictions from a .jsonl file, one object per line: "
          + "`example_id`, `annotator` (a person's annotation) or `model` (a model's prediction), `label` (one value "
          + "for the first question or an object of answers by question name), and optional `confidence` "
          + "(annotations: low/medium/high or 0-1; predictions: 0-1), `notes` (annotations), `created_at` "
          + "(ISO-8601), `source` (the tool, e.g. label-studio), `provider`, `prompt_version`, `rationale`, "
          + "`score` (predictions). Annotations need their example's task (generate tasks first), count toward "
          + "its overlap and run consensus when they complete it; predictions are stored as model suggestions "
          + "and change no task. Owners only",
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = @OpenApiParam(name = "mode", type = String.class, example = "lenient",
          description = "`strict` (default): any bad line refuses the whole import with 400 and nothing is "
              + "stored; `lenient`: good lines are stored and bad ones listed in the report's `rejected`"),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(mimeType = "multipart/form-data",
          properties = @OpenApiContentProperty(name = "file", type = "string", format = "binary"))),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = ImportResponse.class)),
          @OpenApiResponse(status = "400", description = "a bad line in strict mode, a bad `mode`, or an unreadable "
              + "file; problems name each line and field", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "413", description = "the file is over the server's upload limit",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void importLabels(Context ctx) {
    files.accept(ctx, lite, "imports", (owner, projectId, fileName, content, mode) ->
        ImportResponse.of(lite.importLabels(owner, projectId, fileName, content, mode)));
  }
}
