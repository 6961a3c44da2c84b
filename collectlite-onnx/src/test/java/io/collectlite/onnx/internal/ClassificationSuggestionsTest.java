package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.suggestion.TextEmbedder;
import io.collectlite.template.Presets;
import io.collectlite.template.SingleChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassificationSuggestionsTest {
  private static final LabelSpace SPACE = LabelSpace.of((SingleChoice) Presets.classification(
      List.of("pets", "money"), false).primary());
  private static OnnxEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = OnnxEncoder.open(ModelFiles.bundled());
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void resolvedExamplesAreEmbeddedOnceAcrossBatches() {
    CountingEmbedder counting = new CountingEmbedder();
    var suggestions = new ClassificationSuggestions(ClassificationSettings.DEFAULT);
    List<LabelledExample> examples = examples("");

    suggestions.suggest(List.of(request("The dog sleeps.")), examples, SPACE, counting);
    suggestions.suggest(List.of(request("Rates went up."), request("A cat purrs.")), examples, SPACE, counting);

    assertThat(counting.texts).hasSize(12 + 1 + 2);
    assertThat(suggestions.cachedExamples()).isEqualTo(12);
  }

  @Test
  void aResolvedExampleWhoseTextChangedIsEmbeddedAgain() {
    CountingEmbedder counting = new CountingEmbedder();
    var suggestions = new ClassificationSuggestions(ClassificationSettings.DEFAULT);

    suggestions.suggest(List.of(request("The dog sleeps.")), examples(""), SPACE, counting);
    suggestions.suggest(List.of(request("The dog sleeps.")), examples(" (edited)"), SPACE, counting);

    assertThat(counting.texts).hasSize((12 + 1) * 2);
  }

  private static List<LabelledExample> examples(String suffix) {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      examples.add(new LabelledExample("p" + i, Map.of("text", "my pet number " + i + suffix), "pets"));
      examples.add(new LabelledExample("m" + i, Map.of("text", "an invoice of " + i + " dollars" + suffix), "money"));
    }
    return examples;
  }

  private static SuggestionRequest request(String text) {
    return new SuggestionRequest("req-" + text.hashCode(), Map.of("text", text));
  }

  /** The real model, counting the texts it is asked to embed. */
  private static final class CountingEmbedder implements TextEmbedder {
    final List<String> texts = new ArrayList<>();

    @Override
    public String model() {
      return encoder.name();
    }

    @Override
    public int dimensions() {
      return encoder.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> batch) {
      texts.addAll(batch);
      return encoder.embed(batch);
    }
  }
}
