package io.collectlite.http;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow through the bundled web UI in a real browser, driven by
 * {@code src/main/ui/e2e/flow.mjs} (see {@link BrowserScript}). The owner sets a project up, two
 * annotators label every task from the keyboard and disagree once, the reviewer resolves that task,
 * and the owner's downloaded export must match the SHA-256 the page shows.
 */
class BrowserFlowTest {
  @TempDir Path temp;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void ownerAnnotatorsReviewerAndExportWorkThroughTheBrowser() throws Exception {
    BrowserScript.run(temp, "flow.mjs", Map.of(), 180);
  }
}
