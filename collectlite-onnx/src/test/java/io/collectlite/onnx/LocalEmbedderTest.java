package io.collectlite.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.onnx.internal.MeanPooling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEmbedderTest {
  private static final String CAT = "The cat sat on the mat near the window.";
  // as many tokens as CAT: a batch that only grouped by length would run them together
  private static final String SAME_LENGTH = "Dogs bark at the mailman every day now.";
  private static LocalEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = LocalEmbedder.load();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void theBundledModelGives384DimensionalVectorsUnderItsName() {
    assertThat(embedder.model()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(embedder.dimensions()).isEqualTo(384);
    assertThat(embedder.embed(List.of("hello"))).singleElement().satisfies(v -> assertThat(v).hasSize(384));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    List<float[]> v = embedder.embed(List.of("A man is playing a guitar.", "Someone plays an acoustic guitar.",
        "The stock market crashed today."));

    double paraphrase = MeanPooling.dot(v.get(0), v.get(1));
    double unrelated = MeanPooling.dot(v.get(0), v.get(2));
    assertThat(paraphrase).isGreaterThan(0.6);
    assertThat(unrelated).isLessThan(0.2);
  }

  @Test
  void everyVectorHasUnitLength() {
    List<String> texts = List.of("", "a", CAT, "word ".repeat(400), "Ünïcödé — 日本語のテキスト 🙂");

    assertThat(embedder.embed(texts)).allSatisfy(v -> assertThat(MeanPooling.dot(v, v)).isCloseTo(1, within(1e-5)));
  }

  @Test
  void aVectorDoesNotDependOnTheOtherTextsOfTheCall() {
    float[] alone = embedder.embed(List.of(CAT)).get(0);

    List<float[]> mixed = embedder.embed(List.of(SAME_LENGTH, "hi", CAT, "A much longer sentence about the "
        + "quarterly results of a company that makes bicycles and scooters.", "Stock markets fell sharply today."));

    assertThat(MeanPooling.dot(alone, mixed.get(2))).isGreaterThanOrEqualTo(0.9999);
  }

  @Test
  void textsAreCutAt256TokensSoWhatFollowsChangesNothing() {
    String long1 = "alpha beta gamma delta ".repeat(100);

    List<float[]> v = embedder.embed(List.of(long1, long1 + " and a different ending about submarines"));

    assertThat(MeanPooling.dot(v.get(0), v.get(1))).isCloseTo(1, within(1e-6));
  }

  @Test
  void fourThreadsAtOnceGetTheSameVectorsAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) texts.add("sentence " + i + " about " + (i % 3 == 0 ? "cats" : "the weather"));
    List<float[]> expected = embedder.embed(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) runs.add(pool.submit(() -> embedder.embed(texts)));
      for (Future<List<float[]>> run : runs) {
        List<float[]> got = run.get();
        for (int i = 0; i < texts.size(); i++) assertThat(got.get(i)).containsExactly(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aModelDirectoryLoadsAndIsNamedAfterIt(@TempDir Path dir) throws IOException {
    Path model = Files.createDirectory(dir.resolve("my-minilm"));
    copy("/all-minilm-l6-v2-q.onnx", model.resolve("model.onnx"));
    copy("/all-minilm-l6-v2-q-tokenizer.json", model.resolve("tokenizer.json"));

    try (LocalEmbedder fromDir = LocalEmbedder.load(model)) {
      assertThat(fromDir.model()).isEqualTo("my-minilm");
      assertThat(fromDir.embed(List.of(CAT)).get(0)).containsExactly(embedder.embed(List.of(CAT)).get(0));
    }
  }

  @Test
  void aModelDirectoryWithoutItsTokenizerIsRejected(@TempDir Path dir) throws IOException {
    copy("/all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));

    assertThatThrownBy(() -> LocalEmbedder.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenizer.json");
  }

  @Test
  void aClosedEmbedderRefusesToEmbed(@TempDir Path dir) throws IOException {
    copy("/all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));
    copy("/all-minilm-l6-v2-q-tokenizer.json", dir.resolve("tokenizer.json"));
    LocalEmbedder closed = LocalEmbedder.load(dir);
    closed.close();

    assertThatThrownBy(() -> closed.embed(List.of(CAT))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = LocalEmbedderTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }
}
