package io.collectlite.http;

import io.collectlite.user.User;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * echoes it in the response and logs one key–value event per request with its latency.
 */
final class RequestLog {
  static final String HEADER = "X-Request-Id";
  private static final Logger LOG = LoggerFactory.getLogger("io.collectlite.http.request");
  private static final String ATTRIBUTE = "collectlite.request-id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestLog() {}

  static void install(JavalinConfig config) {
    config.router.mount(router -> router.before(RequestLog::assignId));
    config.requestLogger.http(RequestLog::log);
  }

  /** The id of the request being handled. */
  static String requestId(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? assignId(ctx) : id;
  }

  private static String assignId(Context ctx) {
    String given = ctx.header(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    return id;
  }

  private static void log(Context ctx, Float latencyMillis) {
    User user = Authentication.userOrNull(ctx);
    var event = ctx.status().getCode() >= 500 ? LOG.atWarn() : LOG.atInfo();
    event = event.addKeyValue("method", ctx.method().name())
        .addKeyValue("path", ctx.path())
        .addKeyValue("status", ctx.status().getCode())
        .addKeyValue("latency_ms", Math.round(latencyMillis * 100) / 100.0);
    if (user != null) event = event.addKeyValue("user_id", user.id());
    event.addKeyValue("request_id", requestId(ctx)).log("http request");
  }
}
