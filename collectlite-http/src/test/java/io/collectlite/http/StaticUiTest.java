package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI's index page answers only the documents its routes load (ui-paths.txt, checked against the router by
 * src/main/ui/test/routes.test.mjs); every other unknown path is a 404, so probes are not misled. Needs the built
 * UI: fails, never skips, without it.
 */
class StaticUiTest {
  @TempDir
  static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    assertTrue(new StaticUi().present(), "the web UI is not built: target/classes/static/index.html is missing "
        + "(mvn -pl collectlite-http process-classes runs npm ci and npm run build in src/main/ui)");
    server = TestServer.sqlite(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theAppsDocumentIsTheIndexPage() {
    Api.Reply root = server.api.get("/", null);
    assertThat(root.status()).isEqualTo(200);
    assertThat(root.header("Content-Type")).startsWith("text/html");
    assertThat(root.text()).contains("<div id=\"root\">");
  }

  @Test
  void unknownPathsOutsideTheApiAreNotFound() {
    for (String path : new String[] {"/favicon.ico", "/metrics", "/health", "/projects/3/work", "/signin",
        "/wp-login.php", "/static/missing.js"}) {
      Api.Reply reply = server.api.get(path, null);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.text()).as(path).doesNotContain("<div id=\"root\">");
    }
  }

  @Test
  void unknownApiPathsStayJsonNotFound() {
    Api.Reply reply = server.api.get("/api/nothing-here", null);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void theFaviconTheIndexPageNamesIsServed() {
    assertThat(server.api.get("/", null).text()).contains("href=\"/favicon.svg\"");
    Api.Reply icon = server.api.get("/favicon.svg", null);
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
  }

  @Test
  void listedDocumentsMatchByWholeSegments() {
    StaticUi ui = new StaticUi();
    assertThat(ui.isDocument("/")).isTrue();
    assertThat(ui.isDocument("")).isFalse();
    assertThat(ui.isDocument("/metrics")).isFalse();
  }
}
