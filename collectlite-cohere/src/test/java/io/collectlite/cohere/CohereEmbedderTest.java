package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.suggestion.SuggestionCallException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CohereEmbedderTest {
  private final FakeCohere cohere = FakeCohere.start();

  @AfterEach
  void stop() {
    cohere.close();
  }

  private CohereEmbedder.Builder embedder() {
    return CohereEmbedder.builder().apiKey(FakeCohere.KEY).baseUrl(cohere.baseUrl());
  }

  @Test
  void asksV2EmbedForFloatsOfTheInputTypeAndReturnsUnitVectors() {
    List<String> texts = List.of("red apple", "green apple");
    cohere.reply("/v2/embed", 200, Wire.embed(texts, 4, new double[] {3, 4, 0, 0}, new double[] {0, 0, 0, 2}));
    CohereEmbedder embedder = embedder().dimensions(4).model("embed-v4.0").build();

    List<float[]> vectors = embedder.embed(texts);

    assertThat(vectors.get(0)).containsExactly(new float[] {0.6f, 0.8f, 0, 0}, within(1e-6f));
    assertThat(vectors.get(1)).containsExactly(new float[] {0, 0, 0, 1}, within(1e-6f));
    FakeCohere.Recorded sent = cohere.onlyRequest();
    assertThat(sent.path()).isEqualTo("/v2/embed");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + FakeCohere.KEY);
    assertThat(sent.body().get("model").asText()).isEqualTo("embed-v4.0");
    assertThat(sent.body().get("input_type").asText()).isEqualTo("classification");
    assertThat(sent.body().get("embedding_types").toString()).isEqualTo("[\"float\"]");
    assertThat(sent.body().get("texts").toString()).isEqualTo("[\"red apple\",\"green apple\"]");
    assertThat(sent.body().get("output_dimension").asInt()).isEqualTo(4);
  }

  @Test
  void embedV4DefaultsTo1536DimensionsAndAFixedModelSendsNoOutputDimension() {
    assertThat(embedder().build().dimensions()).isEqualTo(1536);
    cohere.reply("/v2/embed", 200, Wire.embed(List.of("x"), 1, IntStream.range(0, 1024).mapToDouble(i -> 1).toArray()));
    CohereEmbedder v3 = embedder().model("embed-english-v3.0").inputType(CohereEmbedder.InputType.CLUSTERING).build();

    assertThat(v3.dimensions()).isEqualTo(1024);
    assertThat(v3.embed(List.of("x")).get(0)).hasSize(1024);
    assertThat(cohere.onlyRequest().body().has("output_dimension")).isFalse();
    assertThat(cohere.onlyRequest().body().get("input_type").asText()).isEqualTo("clustering");
  }

  @Test
  void anUnknownModelNeedsItsDimensions() {
    assertThatThrownBy(() -> embedder().model("embed-future").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dimensions of 'embed-future'");
    assertThatThrownBy(() -> embedder().model("embed-english-v3.0").dimensions(512).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("embed-english-v3.0 gives 1024 dimensions, not 512");
  }

  @Test
  void sendsAtMost96TextsACall() {
    List<String> texts = IntStream.range(0, 100).mapToObj(i -> "t" + i).toList();
    cohere.answer("/v2/embed", request -> {
      List<String> sent = new java.util.ArrayList<>();
      request.body().get("texts").forEach(t -> sent.add(t.asText()));
      double[][] vectors = sent.stream().map(t -> new double[] {Integer.parseInt(t.substring(1)) + 1, 1})
          .toArray(double[][]::new);
      return FakeCohere.Reply.ok(Wire.embed(sent, sent.size(), vectors));
    });

    List<float[]> vectors = embedder().dimensions(2).build().embed(texts);

    assertThat(cohere.requests()).extracting(r -> r.body().get("texts").size()).containsExactly(96, 4);
    assertThat(vectors).hasSize(100);
    // text 99 was sent second and embedded as (100, 1)
    assertThat(vectors.get(99)[0]).isCloseTo((float) (100 / Math.sqrt(100 * 100 + 1)), within(1e-6f));
  }

  @Test
  void anEmptyListMakesNoCall() {
    assertThat(embedder().build().embed(List.of())).isEmpty();
    assertThat(cohere.requests()).isEmpty();
  }

  @Test
  void embeddingsThatDoNotMatchTheTextsAreANonRetryableFailure() {
    cohere.reply("/v2/embed", 200, Wire.embed(List.of("a", "b"), 2, new double[] {1, 0}));
    cohere.reply("/v2/embed", 200, Wire.embed(List.of("a"), 1, new double[] {1, 0, 0}));
    CohereEmbedder embedder = embedder().dimensions(2).build();

    SuggestionCallException tooFew = catchThrowableOfType(SuggestionCallException.class,
        () -> embedder.embed(List.of("a", "b")));
    SuggestionCallException tooLong = catchThrowableOfType(SuggestionCallException.class,
        () -> embedder.embed(List.of("a")));

    assertThat(tooFew.retryable()).isFalse();
    assertThat(tooFew).hasMessage("Cohere's embed response is malformed: it has 1 embeddings for 2 texts");
    assertThat(tooLong).hasMessage("Cohere's embed response is malformed: embedding 0 has 3 values, not 2");
  }

  @Test
  void aResponseWithoutFloatEmbeddingsIsANonRetryableFailure() {
    cohere.reply("/v2/embed", 200, "{\"id\":\"e\",\"embeddings\":{\"int8\":[[1,2]]}}");

    SuggestionCallException failure = catchThrowableOfType(SuggestionCallException.class,
        () -> embedder().dimensions(2).build().embed(List.of("a")));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure).hasMessage("Cohere's embed response is malformed: it has no float embeddings");
  }

  @Test
  void aRateLimitedEmbedIsRetryable() {
    cohere.reply("/v2/embed", 429, "{\"message\":\"trial limit\"}", "Retry-After", "60");

    SuggestionCallException failure = catchThrowableOfType(SuggestionCallException.class,
        () -> embedder().build().embed(List.of("a")));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(60));
  }
}
