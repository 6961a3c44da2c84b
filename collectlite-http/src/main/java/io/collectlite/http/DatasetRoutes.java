package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.PayloadTooLargeException;
import io.collectlite.error.ValidationException;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiContentProperty;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Dataset uploads: a multipart {@code file} part streamed into {@link CollectLite#upload}. */
final class DatasetRoutes {
  private final CollectLite lite;
  private final long maxUploadBytes;

  DatasetRoutes(CollectLite lite, long maxUploadBytes) {
    this.lite = lite;
    this.maxUploadBytes = maxUploadBytes;
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects/{id}/datasets", this::upload);
  }

  @OpenApi(path = "/api/projects/{id}/datasets", methods = HttpMethod.POST, operationId = "uploadDataset",
      tags = "datasets", security = @OpenApiSecurity(name = Docs.BEARER),
      summary = "Uploads a .jsonl or .csv file; every row is validated and nothing is stored unless all pass. Owners only",
      pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(mimeType = "multipart/form-data",
          properties = @OpenApiContentProperty(name = "file", type = "string", format = "binary"))),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = UploadResponse.class)),
          @OpenApiResponse(status = "400", description = "a bad row; problems name each line and field",
              content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "413", content = @OpenApiContent(from = ErrorResponse.class))})
  void upload(Context ctx) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    // refuse non-owners before the body is read; the facade checks again when it stores
    if (lite.roleIn(user, projectId) != Role.OWNER) {
      throw new ForbiddenException(user.name() + " is not an owner of project " + projectId + "; uploads need one");
    }
    if (ctx.contentLength() > maxUploadBytes) throw tooLarge();
    UploadedFile file = filePart(ctx);
    try (InputStream content = file.content()) {
      ctx.status(HttpStatus.CREATED).json(UploadResponse.of(lite.upload(user, projectId, file.filename(), content)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UploadedFile filePart(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw ValidationException.field("file", "send the file as multipart/form-data in a part named 'file'");
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (Exception e) { // Jetty's ServletException passes through Kotlin unchecked
      if (overLimit(e)) throw tooLarge();
      throw ValidationException.field("file", "the multipart body could not be read");
    }
    if (file == null) throw ValidationException.field("file", "a multipart part named 'file' is required");
    if (file.size() > maxUploadBytes) throw tooLarge();
    return file;
  }

  private static boolean overLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("exceeds")) return true;
    }
    return false;
  }

  private PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException("uploads are limited to " + Sizes.describe(maxUploadBytes)
        + "; split the file and upload the parts");
  }
}
