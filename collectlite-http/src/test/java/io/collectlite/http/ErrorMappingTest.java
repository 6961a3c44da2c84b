package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Failures nobody expected become a 500 that quotes the request id and leaks nothing. */
class ErrorMappingTest {
  // the failure below is provoked on purpose: keep its stack trace out of the build output
  private final Logger errors = (Logger) LoggerFactory.getLogger(ErrorMapping.class);
  private final Logger requests = (Logger) LoggerFactory.getLogger("io.collectlite.http.request");
  private Javalin app;
  private Api api;

  @BeforeEach
  void start() {
    errors.setLevel(Level.OFF);
    requests.setLevel(Level.OFF);
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      RequestLog.install(config);
      config.router.mount(router -> {
        ErrorMapping.register(router, new StaticUi());
        router.get("/api/boom", ctx -> {
          throw new IllegalStateException("jdbc:postgresql://db/prod?password=hunter2 refused");
        });
      });
    }).start("127.0.0.1", 0);
    api = new Api("http://127.0.0.1:" + app.port());
  }

  @AfterEach
  void stop() {
    app.stop();
    errors.setLevel(null);
    requests.setLevel(null);
  }

  @Test
  void unexpectedFailureIs500WithTheRequestIdAndNoInternals() {
    Api.Reply reply = api.get("/api/boom", null);
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().get("error").asText()).isEqualTo("internal");
    assertThat(reply.json().get("detail").asText()).contains(reply.header("X-Request-Id"));
    assertThat(reply.text()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
  }
}
