package io.collectlite.http;

import io.collectlite.error.ConflictException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.NotFoundException;
import io.collectlite.error.PayloadTooLargeException;
import io.collectlite.error.UnauthenticatedException;
import io.collectlite.error.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import io.javalin.router.JavalinDefaultRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP statuses and {@link ErrorResponse} bodies. */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void register(JavalinDefaultRouting router, StaticUi ui) {
    router.exception(ValidationException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(
        new ErrorResponse("validation_failed", e.getMessage(), e.problems().stream().map(ProblemView::of).toList())));
    router.exception(UnauthenticatedException.class, (e, ctx) -> {
      ctx.header("WWW-Authenticate", "Bearer");
      write(ctx, HttpStatus.UNAUTHORIZED, "unauthenticated", e.getMessage());
    });
    router.exception(ForbiddenException.class, (e, ctx) -> write(ctx, HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    router.exception(NotFoundException.class, (e, ctx) -> write(ctx, HttpStatus.NOT_FOUND, "not_found", e.getMessage()));
    router.exception(ConflictException.class, (e, ctx) -> write(ctx, HttpStatus.CONFLICT, "conflict", e.getMessage()));
    router.exception(PayloadTooLargeException.class,
        (e, ctx) -> write(ctx, HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", e.getMessage()));
    router.exception(EndpointNotFound.class, (e, ctx) -> {
      if (!ui.serveIndexFor(ctx)) write(ctx, HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    });
    router.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      String code = status == HttpStatus.CONTENT_TOO_LARGE ? "payload_too_large"
          : status.name().toLowerCase(java.util.Locale.ROOT);
      write(ctx, status, code, e.getMessage());
    });
    router.exception(Exception.class, ErrorMapping::unexpected);
  }

  private static void unexpected(Exception e, Context ctx) {
    String requestId = RequestLog.requestId(ctx);
    LOG.atError().setCause(e).addKeyValue("request_id", requestId).addKeyValue("path", ctx.path())
        .log("request failed");
    write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal",
        "the server could not complete the request; quote request id " + requestId + " when reporting it");
  }

  private static void write(Context ctx, HttpStatus status, String code, String detail) {
    ctx.status(status).json(ErrorResponse.of(code, detail));
  }
}
