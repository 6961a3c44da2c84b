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
 * Dataset uploads: a multipart {@code file} part streamed into {@link CollectLite#upload}, strictly
 * or leniently as the {@code mode} query parameter says.
 */
final class DatasetRoutes {
  private final CollectLite lite;
  private final FileParts files;

  DatasetRoutes(CollectLite lite, ServerOptions options) {
    this.lite = lite;
    this.files = new FileParts(options);
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects/{id}/datasets", this::upload);
  }

  @OpenApi(path = "/api/projects/{id}/datasets", methods = HttpMethod.POST, operationId = "uploadDataset",
      tags = "datasets", security = @OpenApiSecurity(name = Docs.BEARER),
      summary = "Uploads a .jsonl or .csv file. Strict (default): nothing is stored unless every row passes. "
          + "Lenient: good rows are stored, bad ones listed in `rejected`. Owners only",
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = @OpenApiParam(name = "mode", type = String.class, example = "lenient",
          description = "`strict` (default): any bad row refuses the whole upload with 400 and nothing is stored; "
              + "`lenient`: good rows are stored and bad ones listed in the report's `rejected`"),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(mimeType = "multipart/form-data",
          properties = @OpenApiContentProperty(name = "file", type = "string", format = "binary"))),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = UploadResponse.class)),
          @OpenApiResponse(status = "400", description = "a bad row in strict mode, a bad `mode`, or an unreadable "
              + "file; problems name each line and field",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "413", description = "the file is over the server's upload limit; detail names it",
              content = @OpenApiContent(from = ErrorResponse.class))})
  void upload(Context ctx) {
    files.accept(ctx, lite, "uploads", (owner, projectId, fileName, content, mode) ->
        UploadResponse.of(lite.upload(owner, projectId, fileName, content, mode)));
  }
}
