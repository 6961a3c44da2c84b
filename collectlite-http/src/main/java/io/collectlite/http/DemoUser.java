package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;
import java.util.Objects;

/**
 * A demo account as {@code GET /api/demo/users} shows it, token included. Only ever served in
 * demo mode.
 *
 * @param role the account's role in the demo project: owner, annotator or reviewer
 */
public record DemoUser(@OpenApiRequired long id, @OpenApiRequired String name, @OpenApiRequired String role,
    @OpenApiRequired String token) {
  public DemoUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(token, "token");
  }
}
