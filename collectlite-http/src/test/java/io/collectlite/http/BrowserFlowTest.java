package io.collectlite.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.user.IssuedUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow through the bundled web UI in a real browser: a real server on a random port over
 * a fresh SQLite store, driven by {@code src/main/ui/e2e/flow.mjs} (playwright-core and Debian's
 * chromium). The owner sets a project up, two annotators label every task from the keyboard and
 * disagree once, the reviewer resolves that task, and the owner's downloaded export must match the
 * SHA-256 the page shows.
 *
 * <p>Needs {@code node}, the UI's {@code node_modules} and {@code /usr/bin/chromium} (or
 * {@code CHROMIUM}); it fails, never skips, when one is missing. The UI must already be built into
 * {@code target/classes/static}, which the module's build does before tests.
 */
class BrowserFlowTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path UI = MODULE.resolve("src/main/ui");
  private static final Path BUILT_INDEX = MODULE.resolve("target/classes/static/index.html");
  private static final long FLOW_TIMEOUT_SECONDS = 180;

  @TempDir Path temp;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void ownerAnnotatorsReviewerAndExportWorkThroughTheBrowser() throws Exception {
    assertTrue(Files.isRegularFile(BUILT_INDEX),
        "the web UI is not built: " + BUILT_INDEX + " is missing (mvn -pl collectlite-http process-classes runs "
            + "npm ci and npm run build in src/main/ui)");
    assertTrue(Files.isDirectory(UI.resolve("node_modules/playwright-core")),
        "playwright-core is not installed in " + UI + " (npm ci there)");
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    assertTrue(Files.isExecutable(Path.of(chromium)),
        "no chromium at " + chromium + " (apt-get install -y chromium, or set CHROMIUM)");
    String node = nodeVersion();

    try (CollectLite lite = CollectLite.builder()
            .store(JdbcStores.sqlite(temp.resolve("collectlite.db")))
            .exportDirectory(temp.resolve("exports"))
            .build()) {
      IssuedUser olivia = lite.createUser("olivia");
      IssuedUser ann = lite.createUser("ann");
      IssuedUser ben = lite.createUser("ben");
      IssuedUser rita = lite.createUser("rita");
      try (CollectLiteServer server = CollectLiteServer.start(lite,
          ServerOptions.defaults().withHost("127.0.0.1").withPort(0))) {
        ProcessBuilder flow = new ProcessBuilder("node", "e2e/flow.mjs")
            .directory(UI.toFile())
            .redirectErrorStream(true);
        Map<String, String> env = flow.environment();
        env.put("COLLECTLITE_URL", "http://127.0.0.1:" + server.port());
        env.put("CHROMIUM", chromium);
        env.putAll(Map.of(
            "OWNER_TOKEN", olivia.token(), "OWNER_NAME", olivia.user().name(),
            "ANNOTATOR1_TOKEN", ann.token(), "ANNOTATOR1_NAME", ann.user().name(),
            "ANNOTATOR2_TOKEN", ben.token(), "ANNOTATOR2_NAME", ben.user().name(),
            "REVIEWER_TOKEN", rita.token(), "REVIEWER_NAME", rita.user().name()));
        Process process = flow.start();
        Thread echo = echoOutput(process);
        if (!process.waitFor(FLOW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          fail("the browser flow (node " + node + ") did not finish within " + FLOW_TIMEOUT_SECONDS + " s");
        }
        echo.join(5_000);
        assertEquals(0, process.exitValue(),
            "the browser flow failed; see its output above and src/main/ui/e2e/out/failure.png");
      }
    }
  }

  /**
   * Copies the flow's output to this JVM's {@code System.out} line by line: inheriting the native
   * stream would corrupt Surefire's channel to the forked test JVM.
   */
  private static Thread echoOutput(Process process) {
    Thread echo = new Thread(() -> {
      try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
        lines.lines().forEach(System.out::println);
      } catch (IOException | UncheckedIOException e) {
        System.out.println("[BrowserFlowTest] output lost: " + e.getMessage());
      }
    }, "browser-flow-output");
    echo.setDaemon(true);
    echo.start();
    return echo;
  }

  /** Runs {@code node --version}; a missing node fails the test with a clear message. */
  private static String nodeVersion() throws InterruptedException {
    try {
      Process p = new ProcessBuilder(List.of("node", "--version")).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "node --version failed: " + out);
      return out;
    } catch (IOException e) {
      return fail("node is not on the PATH (CI installs Node 20): " + e.getMessage());
    }
  }
}
