package io.collectlite.http;

import io.collectlite.error.NotFoundException;
import io.collectlite.export.ExportSchemas;
import io.collectlite.project.TaskType;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Arrays;

/** The JSON Schemas export records follow, as published in the core jar. Any signed-in user. */
final class SchemaRoutes {
  void register(JavalinDefaultRouting router) {
    router.get("/api/schemas/exports/{task_type}/{version}", this::exportSchema);
  }

  @OpenApi(path = "/api/schemas/exports/{task_type}/{version}", methods = HttpMethod.GET,
      operationId = "exportSchema", tags = "exports",
      summary = "The JSON Schema (draft 2020-12) of one task type's export records at one schema version",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = {@OpenApiParam(name = "task_type", type = String.class, required = true),
          @OpenApiParam(name = "version", type = String.class, required = true)},
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(mimeType = "application/schema+json",
              type = "object")),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void exportSchema(Context ctx) {
    Authentication.user(ctx);
    String type = ctx.pathParam("task_type");
    String version = ctx.pathParam("version");
    TaskType taskType = Arrays.stream(TaskType.values()).filter(t -> t.wire().equals(type)).findFirst()
        .orElseThrow(() -> new NotFoundException("no task type '" + type + "'"));
    String schema = ExportSchemas.jsonSchema(taskType, version)
        .orElseThrow(() -> new NotFoundException("no export schema version '" + version + "' for " + type));
    ctx.contentType("application/schema+json").result(schema);
  }
}
