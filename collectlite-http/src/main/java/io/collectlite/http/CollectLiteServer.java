package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.internal.ScratchArea;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CollectLite reference server: the REST API of {@code docs/api.md}, its OpenAPI document at
 * {@code /openapi.json}, and the bundled web UI, all over one {@link CollectLite} facade.
 *
 * <pre>{@code
 * try (CollectLiteServer server = CollectLiteServer.start(lite, ServerOptions.defaults().withPort(0))) {
 *   System.out.println("listening on " + server.port());
 * }
 * }</pre>
 *
 * <p>Stopping the server does not close the facade: whoever built it owns it. Thread-safe.
 */
public final class CollectLiteServer implements AutoCloseable {
  /** Where the OpenAPI document is served. */
  public static final String OPENAPI_PATH = "/openapi.json";

  private static final Logger LOG = LoggerFactory.getLogger(CollectLiteServer.class);

  private final Javalin app;
  private final ScratchArea uploads;

  private CollectLiteServer(Javalin app, ScratchArea uploads) {
    this.app = app;
    this.uploads = uploads;
  }

  /** Builds the server and starts listening; returns once the port is bound. */
  public static CollectLiteServer start(CollectLite lite, ServerOptions options) {
    Objects.requireNonNull(lite, "lite");
    Objects.requireNonNull(options, "options");
    ScratchArea uploads = ScratchArea.claim(options.uploadDirectory());
    LOG.atInfo().addKeyValue("files", uploads.swept()).addKeyValue("directory", options.uploadDirectory())
        .log("deleted the uploads that servers which stopped mid-request left behind");
    Javalin app;
    try {
      app = Javalin.create(config -> configure(config, lite, options, uploads.directory()));
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      uploads.close();
      throw e;
    }
    if (options.demo() && !Hosts.isLoopback(options.host())) {
      LOG.atWarn().addKeyValue("host", options.host())
          .log("demo mode listens beyond this machine: GET /api/demo/users hands out every demo token");
    }
    return new CollectLiteServer(app, uploads);
  }

  private static void configure(JavalinConfig config, CollectLite lite, ServerOptions options, Path uploadSpool) {
    config.showJavalinBanner = false;
    config.useVirtualThreads = false;
    config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
    config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxRequestBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.jetty.multipartConfig.cacheDirectory(uploadSpool.toString());
    config.registerPlugin(new OpenApiPlugin(openApi -> openApi
        .withDocumentationPath(OPENAPI_PATH)
        .withDefinitionConfiguration((version, definition) -> definition
            .withInfo(info -> info.title("CollectLite API").version("1")
                .description("Annotation projects, queues, review and exports. See docs/api.md."))
            .withSecurity(security -> security.withBearerAuth(Docs.BEARER)))));
    StaticUi ui = new StaticUi();
    ui.install(config);
    RequestLog.install(config);
    config.router.mount(router -> {
      Authentication.register(router, lite);
      ErrorMapping.register(router, ui);
      new UserRoutes(lite, options.demoUsers()).register(router);
      new ProjectRoutes(lite).register(router);
      new DatasetRoutes(lite, options).register(router);
      new ImportRoutes(lite, options).register(router);
      new TaskRoutes(lite).register(router);
      new ReviewRoutes(lite).register(router);
      new QualityRoutes(lite, options).register(router);
      new MetricsRoutes(lite).register(router);
      new LeaderboardRoutes(lite).register(router);
      new SuggestionRoutes(lite).register(router);
      new ExportRoutes(lite).register(router);
      new SchemaRoutes().register(router);
    });
  }

  /** The port the server listens on (the real one when the options asked for 0). */
  public int port() {
    return app.port();
  }

  /** Every HTTP route the server answers, as method and path pattern (e.g. {@code POST /api/projects/{id}/exports}). */
  List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(route -> route.getEndpoint().getMethod() + " " + route.getEndpoint().getPath())
        .toList();
  }

  /** Stops listening, releases the server's threads and deletes its upload spool; the facade stays open. */
  public void stop() {
    app.stop();
    uploads.close();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}
