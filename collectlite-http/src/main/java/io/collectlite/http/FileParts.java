package io.collectlite.http;

import io.collectlite.CollectLite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.PayloadTooLargeException;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.UploadMode;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

/**
 * Reads an uploaded file the way every file route does: a multipart part named {@code file}
 * within the server's size limits, and the {@code mode} query parameter.
 */
final class FileParts {
  private final long maxUploadBytes;
  private final long maxRequestBytes;

  FileParts(ServerOptions options) {
    this.maxUploadBytes = options.maxUploadBytes();
    this.maxRequestBytes = options.maxRequestBytes();
  }

  /** What a file route does with an owner's file; returns the response body. */
  @FunctionalInterface
  interface Action {
    Object apply(User owner, long projectId, String fileName, InputStream content, UploadMode mode);
  }

  /**
   * Handles a file route of project {@code id}: the caller must own it ({@code what} names the
   * action in the 403), then the file part is streamed to {@code action} and its result sent as 201.
   */
  void accept(Context ctx, CollectLite lite, String what, Action action) {
    User user = Authentication.user(ctx);
    long projectId = Params.pathId(ctx, "id");
    requireOwner(lite, user, projectId, what);
    UploadMode mode = mode(ctx);
    UploadedFile file = file(ctx);
    try (InputStream content = file.content()) {
      ctx.status(HttpStatus.CREATED).json(action.apply(user, projectId, file.filename(), content, mode));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a non-owner before the body is read (the facade checks again when it stores). */
  private static void requireOwner(CollectLite lite, User user, long projectId, String what) {
    if (lite.roleIn(user, projectId) != Role.OWNER) {
      throw new ForbiddenException(user.name() + " is not an owner of project " + projectId + "; " + what
          + " need one");
    }
  }

  /** The {@code mode} query parameter: strict when absent, a 400 naming {@code mode} when not a mode. */
  private static UploadMode mode(Context ctx) {
    String value = ctx.queryParam("mode");
    if (value == null) return UploadMode.STRICT;
    try {
      return UploadMode.fromWire(value);
    } catch (ValidationException e) {
      throw ValidationException.field("mode", "must be strict or lenient, not '" + value + "'");
    }
  }

  /** The part named {@code file}; 400 when there is none, 413 when it or the request is over the limit. */
  private UploadedFile file(Context ctx) {
    if (ctx.contentLength() > maxRequestBytes) throw tooLarge();
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
