package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.error.UnauthenticatedException;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.security.RouteRole;

/**
 * Bearer-token authentication for every {@code /api} endpoint except the few public ones; the
 * authenticated user rides on the request for handlers (and the request log) to read.
 */
final class Authentication {
  /** Marks the few routes anyone may call; every other matched {@code /api} route needs a valid token. */
  enum Open implements RouteRole { PUBLIC }

  private static final String ATTRIBUTE = "collectlite.user";
  private static final String BEARER = "bearer ";

  private Authentication() {}

  static void register(JavalinDefaultRouting router, CollectLite lite) {
    router.beforeMatched("/api/*", ctx -> {
      if (ctx.routeRoles().contains(Open.PUBLIC)) return;
      ctx.attribute(ATTRIBUTE, lite.authenticate(bearerToken(ctx)));
    });
  }

  /** The caller of an authenticated endpoint. */
  static User user(Context ctx) {
    User user = ctx.attribute(ATTRIBUTE);
    if (user == null) throw new UnauthenticatedException("a bearer token is required");
    return user;
  }

  /** The caller when known, else {@code null} (public endpoints, refused requests). */
  static User userOrNull(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }

  private static String bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new UnauthenticatedException("send 'Authorization: Bearer <token>'");
    }
    if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new UnauthenticatedException("the Authorization header must use the Bearer scheme");
    }
    return header.substring(BEARER.length()).strip();
  }
}
