package io.collectlite.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.net.URL;

/**
 * Serves the bundled web UI from the classpath folder {@code /static}, and its {@code index.html}
 * for any other GET outside {@code /api}, so client-side routes survive a reload. Without a built
 * UI on the classpath the server runs API-only.
 */
final class StaticUi {
  private static final String FOLDER = "/static";
  private static final String INDEX = FOLDER + "/index.html";
  private final URL index;

  StaticUi() {
    this.index = StaticUi.class.getResource(INDEX);
  }

  /** Whether a built UI is on the classpath. */
  boolean present() {
    return index != null;
  }

  void install(JavalinConfig config) {
    if (present()) config.staticFiles.add(FOLDER, Location.CLASSPATH);
  }

  /** Answers a GET for an unknown non-API path with the UI's index page; false when it does not apply. */
  boolean serveIndexFor(Context ctx) {
    if (!present() || ctx.method() != HandlerType.GET || isApiPath(ctx.path())) return false;
    try {
      InputStream in = index.openStream();
      ctx.status(HttpStatus.OK).contentType(ContentType.TEXT_HTML).header("Cache-Control", "no-cache").result(in);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean isApiPath(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi.json");
  }
}
