package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.NotFoundException;
import io.collectlite.export.ExportDiff;
import io.collectlite.export.ExportInfo;
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

/** Export versions: write one, list them, download one's file. Owners only. */
final class ExportRoutes {
  static final String CHECKSUM_HEADER = "X-Checksum-SHA256";
  static final String COUNT_HEADER = "X-Record-Count";
  private final CollectLite lite;

  ExportRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects/{id}/exports", this::create);
    router.get("/api/projects/{id}/exports", this::list);
    router.get("/api/projects/{id}/exports/diff", this::diff);
    router.get("/api/exports/{id}/download", this::download);
  }

  @OpenApi(path = "/api/projects/{id}/exports", methods = HttpMethod.POST, operationId = "createExport",
      tags = "exports", summary = "Writes a new export version of every task with a final label (tasks: resolved, the "
          + "default) or of every task (tasks: all), with raw pseudonymized annotations when include_annotations; "
          + "owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ExportRequest.class)),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = ExportManifest.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void create(Context ctx) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    ExportRequest body = Json.body(ctx, ExportRequest.class);
    ExportInfo info = lite.export(user, projectId, body.exportFormat(), body.options());
    ctx.status(HttpStatus.CREATED).json(ExportManifest.of(info));
  }

  @OpenApi(path = "/api/projects/{id}/exports", methods = HttpMethod.GET, operationId = "listExports",
      tags = "exports", summary = "A project's export versions, newest first; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ExportManifest[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void list(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.exports(user, Params.pathId(ctx, "id")).stream().map(ExportManifest::of).toList());
  }

  @OpenApi(path = "/api/projects/{id}/exports/diff", methods = HttpMethod.GET, operationId = "diffExports",
      tags = "exports", summary = "What changed between two export versions of the project: examples added, removed, "
          + "and whose final label changed; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      queryParams = {@OpenApiParam(name = "from", type = Long.class, required = true, description = "export id"),
          @OpenApiParam(name = "to", type = Long.class, required = true, description = "export id")},
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ExportDiffView.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void diff(Context ctx) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    long from = Params.queryId(ctx, "from");
    long to = Params.queryId(ctx, "to");
    ExportDiff diff = lite.diffExports(user, from, to);
    if (diff.from().projectId() != projectId) {
      throw new NotFoundException("export " + from + " is not an export of project " + projectId);
    }
    ctx.json(ExportDiffView.of(diff));
  }

  @OpenApi(path = "/api/exports/{id}/download", methods = HttpMethod.GET, operationId = "downloadExport",
      tags = "exports", summary = "Streams an export's file, with its SHA-256 and record count in headers; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", description = "the file", content = {
              @OpenApiContent(mimeType = "application/x-ndjson", type = "string", format = "binary"),
              @OpenApiContent(mimeType = "text/csv", type = "string", format = "binary")},
              headers = {@OpenApiParam(name = CHECKSUM_HEADER, type = String.class),
                  @OpenApiParam(name = COUNT_HEADER, type = Long.class)}),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void download(Context ctx) {
    User user = Authentication.user(ctx);
    long exportId = Params.pathId(ctx, "id");
    ExportInfo info = lite.exportInfo(user, exportId);
    ctx.contentType(info.format().mediaType() + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + info.fileName() + "\"")
        .header(CHECKSUM_HEADER, info.sha256())
        .header(COUNT_HEADER, Long.toString(info.recordCount()))
        .header("Access-Control-Expose-Headers", CHECKSUM_HEADER + ", " + COUNT_HEADER + ", Content-Disposition")
        .result(lite.openExport(user, exportId));
  }
}
