package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEncoderTest {
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
  void theDynamicallyQuantizedBundledModelRunsEveryTextAlone() {
    assertThat(encoder.maxRows()).isEqualTo(1);
    assertThat(encoder.tokenize(List.of("one text", "two texts", "three")).batches())
        .allSatisfy(b -> assertThat(b.rows()).isEqualTo(1));
  }

  @Test
  void equalTextsInOneCallAreTokenizedAndRunOnce() {
    Tokenized tokenized = encoder.tokenize(List.of("same query", "document one", "same query", "document two"));

    assertThat(tokenized.distinct()).isEqualTo(3);
    assertThat(tokenized.slotOfText()).containsExactly(0, 1, 0, 2);
    assertThat(tokenized.batches()).hasSize(3);
  }

  @Test
  void theTokenizerNeitherPadsNorKeepsMoreThan256Tokens() {
    Tokenized tokenized = encoder.tokenize(List.of("hi", "word ".repeat(1000)));

    assertThat(tokenized.batches()).extracting(TokenBatch::length).containsExactly(3, OnnxEncoder.MAX_TOKENS);
  }
}
