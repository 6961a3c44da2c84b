package io.collectlite.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link ModelAndQuality}, whose parts docs/suggestions.md and docs/quality.md show, in its own JVM. */
class ModelAndQualityTest {
  @Test
  void modelSuggestsAnnotatorsLabelGoldScoresThemAndTheReviewerSettles(@TempDir Path dataDir) throws Exception {
    String output = QuickStartTest.run(ModelAndQuality.class, dataDir.toString(),
        QuickStartTest.REPO.resolve("examples/data/relevance-sample.jsonl").toString(),
        QuickStartTest.REPO.resolve("examples/data/relevance-gold.jsonl").toString());
    assertThat(output).contains("created user rita", "model: done, 12 suggested",
        "ann labelled 12 tasks, ben labelled 12",
        "ann: 3 of 3 gold answers right", "ben: 3 of 3 gold answers right",
        "all-minilm-l6-v2-q against final labels: accuracy ");
    assertThat(output).containsPattern("recompute \\(dawid_skene\\): \\d+ tasks, \\d+ changed");
    assertThat(output).containsPattern("rita settled \\d+ tasks the model disputed; \\d+ left in review");
  }
}
