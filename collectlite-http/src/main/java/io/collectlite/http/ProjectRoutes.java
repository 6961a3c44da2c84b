package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.Problems;
import io.collectlite.error.ValidationException;
import io.collectlite.export.SplitRatios;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import io.collectlite.user.Role;
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
import java.util.Optional;

/** Projects, their instructions and their members. */
final class ProjectRoutes {
  private final CollectLite lite;

  ProjectRoutes(CollectLite lite) {
    this.lite = lite;
  }

  void register(JavalinDefaultRouting router) {
    router.post("/api/projects", this::create);
    router.get("/api/projects", this::list);
    router.get("/api/projects/{id}", this::get);
    router.put("/api/projects/{id}/instructions", this::updateInstructions);
    router.put("/api/projects/{id}/template", this::updateTemplate);
    router.get("/api/projects/{id}/members", this::members);
    router.put("/api/projects/{id}/members/{userId}", this::putMember);
  }

  @OpenApi(path = "/api/projects", methods = HttpMethod.POST, operationId = "createProject", tags = "projects",
      summary = "Creates a project; the caller becomes its owner", security = @OpenApiSecurity(name = Docs.BEARER),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CreateProjectRequest.class)),
      responses = {
          @OpenApiResponse(status = "201", content = @OpenApiContent(from = ProjectView.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class))})
  void create(Context ctx) {
    User user = Authentication.user(ctx);
    CreateProjectRequest body = Json.body(ctx, CreateProjectRequest.class);
    Project project = lite.createProject(user, newProject(body));
    ctx.status(HttpStatus.CREATED).json(ProjectView.of(project, Role.OWNER));
  }

  /** The request as a project, refused once naming every problem it has (a schema only when its type is known). */
  private static NewProject newProject(CreateProjectRequest body) {
    Problems problems = new Problems();
    Optional<TaskType> type = body.task_type() == null ? Optional.of(TaskType.DOCUMENT_RELEVANCE)
        : problems.check(() -> Params.wireEnum("task_type", body.task_type(), TaskType.class, TaskType::fromWire));
    Optional<LabelSchema> schema = type.flatMap(t -> problems.check(() -> schemaOf(t, body)));
    Optional<SplitRatios> ratios = body.split_ratios() == null ? Optional.empty()
        : problems.check(() -> body.split_ratios().toRatios());
    int overlap = body.overlap() == null ? 2 : body.overlap();
    Optional<NewProject> project = problems.check(() -> new NewProject(body.name(),
        type.orElse(TaskType.DOCUMENT_RELEVANCE), body.instructions(), overlap, Optional.ofNullable(body.seed()),
        schema, ratios));
    problems.throwIfAny();
    return project.orElseThrow();
  }

  private static LabelSchema schemaOf(TaskType type, CreateProjectRequest body) {
    LabelSchema schema;
    if (body.schema() != null) {
      if (body.labels() != null) throw ValidationException.field("labels", "give labels or schema, not both");
      schema = body.schema().toSchema();
    } else if (body.labels() != null) {
      if (type != TaskType.CLASSIFICATION) {
        throw ValidationException.field("labels", "sets a classification project's labels; use schema for "
            + type.wire());
      }
      try {
        schema = Presets.classification(body.labels(), Boolean.TRUE.equals(body.multi_label()));
      } catch (IllegalArgumentException e) {
        throw ValidationException.field("labels", e.getMessage());
      }
    } else {
      schema = type == TaskType.CLASSIFICATION && Boolean.TRUE.equals(body.multi_label())
          ? Presets.classification(Presets.DEFAULT_CLASSES, true) : Presets.schemaFor(type);
    }
    if (body.field_mapping() != null) {
      try {
        schema = schema.withFieldMapping(body.field_mapping());
      } catch (IllegalArgumentException e) {
        throw ValidationException.field("field_mapping", e.getMessage());
      }
    }
    return schema;
  }

  @OpenApi(path = "/api/projects", methods = HttpMethod.GET, operationId = "listProjects", tags = "projects",
      summary = "The projects the caller is a member of, with their role", security = @OpenApiSecurity(name = Docs.BEARER),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ProjectView[].class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class))})
  void list(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.projects(user).stream().map(s -> ProjectView.of(s.project(), s.role())).toList());
  }

  @OpenApi(path = "/api/projects/{id}", methods = HttpMethod.GET, operationId = "getProject", tags = "projects",
      summary = "One project with the caller's role and the current template; members only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = ProjectDetail.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void get(Context ctx) {
    User user = Authentication.user(ctx);
    long id = Params.pathId(ctx, "id");
    Project project = lite.project(user, id);
    ctx.json(ProjectDetail.of(project, lite.roleIn(user, id), lite.template(user, id)));
  }

  @OpenApi(path = "/api/projects/{id}/instructions", methods = HttpMethod.PUT, operationId = "updateInstructions",
      tags = "projects", summary = "Replaces the instructions, creating a new template version; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = InstructionsRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = TemplateView.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void updateInstructions(Context ctx) {
    User user = Authentication.user(ctx);
    long id = Params.pathId(ctx, "id");
    InstructionsRequest body = Json.body(ctx, InstructionsRequest.class);
    ctx.json(TemplateView.of(lite.updateInstructions(user, id, body.instructions())));
  }

  @OpenApi(path = "/api/projects/{id}/template", methods = HttpMethod.PUT, operationId = "updateTemplate",
      tags = "projects", summary = "Creates a new template version with new instructions, labels or field mapping; "
          + "earlier annotations stay valid under their own version. Owners only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = TemplateRequest.class)),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = TemplateView.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void updateTemplate(Context ctx) {
    User user = Authentication.user(ctx);
    long id = Params.pathId(ctx, "id");
    TemplateRequest body = Json.body(ctx, TemplateRequest.class);
    String instructions = body.instructions() != null ? body.instructions() : lite.template(user, id).instructions();
    Optional<LabelSchema> schema = Optional.ofNullable(body.schema()).map(SchemaView::toSchema);
    ctx.json(TemplateView.of(lite.updateTemplate(user, id, instructions, schema)));
  }

  @OpenApi(path = "/api/projects/{id}/members", methods = HttpMethod.GET, operationId = "listMembers",
      tags = "projects", summary = "A project's members; owners and reviewers only",
      security = @OpenApiSecurity(name = Docs.BEARER), pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = MemberView[].class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class))})
  void members(Context ctx) {
    User user = Authentication.user(ctx);
    ctx.json(lite.members(user, Params.pathId(ctx, "id")).stream().map(MemberView::of).toList());
  }

  @OpenApi(path = "/api/projects/{id}/members/{userId}", methods = HttpMethod.PUT, operationId = "putMember",
      tags = "projects", summary = "Adds a member or changes their role; owners only",
      security = @OpenApiSecurity(name = Docs.BEARER),
      pathParams = {@OpenApiParam(name = "id", type = Long.class, required = true),
          @OpenApiParam(name = "userId", type = Long.class, required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = MemberRequest.class)),
      responses = {
          @OpenApiResponse(status = "204"),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = ErrorResponse.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void putMember(Context ctx) {
    User user = Authentication.user(ctx);
    long id = Params.pathId(ctx, "id");
    long userId = Params.pathId(ctx, "userId");
    MemberRequest body = Json.body(ctx, MemberRequest.class);
    lite.putMember(user, id, userId, Params.wireEnum("role", body.role(), Role.class, Role::fromWire));
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
