package io.collectlite.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Serves the bundled web UI from the classpath folder {@code /static}, and its {@code index.html}
 * for a GET of a document the UI's routes load ({@code ui-paths.txt} beside this class, checked
 * against the UI's router by its tests), so every page survives a reload. Any other unknown path
 * is a 404: probes of {@code /metrics} or {@code /favicon.ico} are not told the UI is there.
 * Without a built UI on the classpath the server runs API-only.
 */
final class StaticUi {
  private static final String FOLDER = "/static";
  private static final String INDEX = FOLDER + "/index.html";
  private static final String PATHS = "ui-paths.txt";
  private final URL index;
  private final List<String[]> documents;

  StaticUi() {
    this.index = StaticUi.class.getResource(INDEX);
    this.documents = documents();
  }

  /** Whether a built UI is on the classpath. */
  boolean present() {
    return index != null;
  }

  void install(JavalinConfig config) {
    if (present()) config.staticFiles.add(FOLDER, Location.CLASSPATH);
  }

  /** Answers a GET of a UI document with the UI's index page; false when it does not apply. */
  boolean serveIndexFor(Context ctx) {
    if (!present() || ctx.method() != HandlerType.GET || !isDocument(ctx.path())) return false;
    try {
      InputStream in = index.openStream();
      ctx.status(HttpStatus.OK).contentType(ContentType.TEXT_HTML).header("Cache-Control", "no-cache").result(in);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code path} is one of the listed documents, a {@code :name} segment matching any one segment. */
  boolean isDocument(String path) {
    String[] segments = path.split("/", -1);
    return documents.stream().anyMatch(pattern -> pattern.length == segments.length
        && java.util.stream.IntStream.range(0, segments.length).allMatch(i -> pattern[i].startsWith(":")
            ? !segments[i].isEmpty() : pattern[i].equals(segments[i])));
  }

  private static List<String[]> documents() {
    try (InputStream in = StaticUi.class.getResourceAsStream(PATHS)) {
      if (in == null) throw new IllegalStateException(PATHS + " is missing from the server's classpath");
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")).map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("/", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PATHS, e);
    }
  }
}
