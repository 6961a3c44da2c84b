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
import java.util.function.UnaryOperator;

/**
 * Runs one of the UI's browser scripts ({@code src/main/ui/e2e/*.mjs}, playwright-core and Debian's
 * chromium) against a real server on a random port over a fresh SQLite store in {@code dir}, with an
 * owner, two annotators and a reviewer. Fails, never skips, when node, the UI's
 * {@code node_modules}, chromium or the built UI is missing.
 */
final class BrowserScript {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path UI = MODULE.resolve("src/main/ui");
  private static final Path BUILT_INDEX = MODULE.resolve("target/classes/static/index.html");

  private BrowserScript() {}

  /** Runs {@code script} with {@code extraEnv} and fails the test unless it exits 0 within {@code timeoutSeconds}. */
  static void run(Path dir, String script, Map<String, String> extraEnv, long timeoutSeconds) throws Exception {
    run(dir, script, extraEnv, timeoutSeconds, UnaryOperator.identity());
  }

  /**
   * As {@link #run(Path, String, Map, long)}, over a facade that {@code configure} completes after the store
   * and export directory are set (to add suggesters, say). The caller closes what it hands the builder,
   * after this returns: the facade is closed by then.
   */
  static void run(Path dir, String script, Map<String, String> extraEnv, long timeoutSeconds,
      UnaryOperator<CollectLite.Builder> configure) throws Exception {
    assertTrue(Files.isRegularFile(BUILT_INDEX),
        "the web UI is not built: " + BUILT_INDEX + " is missing (mvn -pl collectlite-http process-classes runs "
            + "npm ci and npm run build in src/main/ui)");
    assertTrue(Files.isDirectory(UI.resolve("node_modules/playwright-core")),
        "playwright-core is not installed in " + UI + " (npm ci there)");
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    assertTrue(Files.isExecutable(Path.of(chromium)),
        "no chromium at " + chromium + " (apt-get install -y chromium, or set CHROMIUM)");
    String node = nodeVersion();

    try (CollectLite lite = configure.apply(CollectLite.builder()
            .store(JdbcStores.sqlite(dir.resolve("collectlite.db")))
            .exportDirectory(dir.resolve("exports")))
            .build()) {
      IssuedUser olivia = lite.createUser("olivia");
      IssuedUser ann = lite.createUser("ann");
      IssuedUser ben = lite.createUser("ben");
      IssuedUser rita = lite.createUser("rita");
      try (CollectLiteServer server = CollectLiteServer.start(lite,
          ServerOptions.defaults().withHost("127.0.0.1").withPort(0))) {
        ProcessBuilder flow = new ProcessBuilder("node", "e2e/" + script)
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
        env.putAll(extraEnv);
        Process process = flow.start();
        Thread echo = echoOutput(process, script);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          fail("the browser script " + script + " (node " + node + ") did not finish within " + timeoutSeconds + " s");
        }
        echo.join(5_000);
        assertEquals(0, process.exitValue(),
            "the browser script " + script + " failed; see its output above and src/main/ui/e2e/out/failure.png");
      }
    }
  }

  /**
   * Copies the script's output to this JVM's {@code System.out} line by line: inheriting the native
   * stream would corrupt Surefire's channel to the forked test JVM.
   */
  private static Thread echoOutput(Process process, String script) {
    Thread echo = new Thread(() -> {
      try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
        lines.lines().forEach(System.out::println);
      } catch (IOException | UncheckedIOException e) {
        System.out.println("[" + script + "] output lost: " + e.getMessage());
      }
    }, "browser-script-output");
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
