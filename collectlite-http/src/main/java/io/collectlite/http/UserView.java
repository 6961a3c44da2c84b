package io.collectlite.http;

import io.collectlite.user.User;
import io.javalin.openapi.OpenApiRequired;

/** A user as others see them: no token, ever. */
record UserView(@OpenApiRequired long id, @OpenApiRequired String name) {
  static UserView of(User user) {
    return new UserView(user.id(), user.name());
  }
}
