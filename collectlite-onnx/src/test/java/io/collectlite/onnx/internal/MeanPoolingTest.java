package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanPoolingTest {
  // [batch 2, seq 3, dim 2]; row 0's last token is padding and must not count
  private static final float[] HIDDEN = {
      1, 2, 3, 4, 100, 100,
      2, 0, 4, 0, 6, 6};
  private static final long[] MASK = {1, 1, 0, 1, 1, 1};

  @Test
  void poolingAveragesOnlyTheTokensTheMaskKeeps() {
    float[][] pooled = MeanPooling.pool(HIDDEN, MASK, 2, 3, 2);

    assertThat(pooled[0]).containsExactly(2f, 3f);
    assertThat(pooled[1]).containsExactly(4f, 2f);
  }

  @Test
  void aRowWhoseMaskKeepsNothingPoolsToZeros() {
    float[][] pooled = MeanPooling.pool(HIDDEN, new long[] {0, 0, 0, 1, 1, 1}, 2, 3, 2);

    assertThat(pooled[0]).containsExactly(0f, 0f);
    assertThat(pooled[1]).containsExactly(4f, 2f);
  }

  @Test
  void normalisingScalesToUnitLengthAndKeepsDirection() {
    float[] vector = MeanPooling.normalize(new float[] {2, 3});

    assertThat(vector[0]).isCloseTo((float) (2 / Math.sqrt(13)), within(1e-6f));
    assertThat(vector[1]).isCloseTo((float) (3 / Math.sqrt(13)), within(1e-6f));
    assertThat(MeanPooling.dot(vector, vector)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void theZeroVectorStaysZeroWhenNormalised() {
    assertThat(MeanPooling.normalize(new float[] {0, 0})).containsExactly(0f, 0f);
  }

  @Test
  void shapesThatDisagreeWithTheTensorAreRejected() {
    assertThatThrownBy(() -> MeanPooling.pool(HIDDEN, MASK, 2, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeanPooling.pool(HIDDEN, new long[] {1, 1}, 2, 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
