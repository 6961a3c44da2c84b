package io.collectlite.http;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model suggestions through the bundled web UI in a real browser, with the real local model
 * (all-MiniLM on ONNX Runtime), driven by {@code src/main/ui/e2e/suggestions.mjs} (see
 * {@link BrowserScript}). The owner creates a relevance project with overlap 2, uploads six
 * query–document pairs, generates tasks and runs the {@code local} suggester from the Suggestions tab
 * until its job is done with six suggestions; with suggestions hidden, the first annotator's workbench
 * shows no suggestion panel; shown again, the second annotator's shows the model's label and name.
 * Both label everything from the keyboard, disagreeing with the model on purpose, and the dashboard
 * shows a non-zero model–human disagreement; the report lists the model's accuracy and the anchoring.
 */
class BrowserSuggestionsTest {
  @TempDir Path temp;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void suggestionsRunShowOnlyWhenVisibleAndTheDashboardShowsDisagreement() throws Exception {
    try (Suggesters suggesters = Suggesters.load(true, Map.of())) {
      BrowserScript.run(temp, "suggestions.mjs", Map.of(), 120, builder -> suggesters.addTo(builder, Map.of()));
    }
  }
}
