package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.NotFoundException;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;

/** Health, the caller, the user directory, and the demo accounts in demo mode. */
final class UserRoutes {
  private final CollectLite lite;
  private final List<DemoUser> demoUsers;

  UserRoutes(CollectLite lite, List<DemoUser> demoUsers) {
    this.lite = lite;
    this.demoUsers = List.copyOf(demoUsers);
  }

  void register(JavalinDefaultRouting router) {
    router.get("/api/health", this::health, Authentication.Open.PUBLIC);
    router.get("/api/demo/users", this::demoUsers, Authentication.Open.PUBLIC);
    router.get("/api/me", this::me);
    router.get("/api/users", this::users);
  }

  @OpenApi(path = "/api/health", methods = HttpMethod.GET, operationId = "health", tags = "system",
      summary = "Whether the server is up (no token needed)",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = HealthResponse.class)))
  void health(Context ctx) {
    ctx.json(new HealthResponse("ok"));
  }

  @OpenApi(path = "/api/demo/users", methods = HttpMethod.GET, operationId = "listDemoUsers", tags = "users",
      summary = "The demo accounts with their tokens; only in demo mode (404 otherwise, no token needed)",
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = DemoUser[].class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ErrorResponse.class))})
  void demoUsers(Context ctx) {
    if (demoUsers.isEmpty()) throw new NotFoundException("the server is not running in demo mode");
    ctx.json(demoUsers);
  }

  @OpenApi(path = "/api/me", methods = HttpMethod.GET, operationId = "getMe", tags = "users",
      summary = "The user the token belongs to", security = @OpenApiSecurity(name = Docs.BEARER),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = UserView.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class))})
  void me(Context ctx) {
    ctx.json(UserView.of(Authentication.user(ctx)));
  }

  @OpenApi(path = "/api/users", methods = HttpMethod.GET, operationId = "listUsers", tags = "users",
      summary = "Every user (owners pick project members from it)", security = @OpenApiSecurity(name = Docs.BEARER),
      responses = {
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = UserView[].class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = ErrorResponse.class))})
  void users(Context ctx) {
    Authentication.user(ctx);
    ctx.json(lite.users().stream().map(UserView::of).toList());
  }
}
