package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RelevanceGradingTest {
  private final RelevanceGrading grading = new RelevanceGrading(0.3, 0.6, 0.05);

  @Test
  void aThresholdBelongsToTheGradeItStarts() {
    assertThat(grading.grade(0.2999)).isZero();
    assertThat(grading.grade(0.3)).isEqualTo(1);
    assertThat(grading.grade(0.5999)).isEqualTo(1);
    assertThat(grading.grade(0.6)).isEqualTo(2);
  }

  @Test
  void atAThresholdTheTwoGradesItSeparatesAreEven() {
    double[] p = grading.distribution(0.6);

    assertThat(p[1]).isCloseTo(p[2], within(1e-12));
    assertThat(p[0]).isCloseTo(p[1] * Math.exp(-0.3 / 0.05), within(1e-12));
  }

  @Test
  void oneTemperatureInsideAGradeItsNeighbourHasAnEthOfItsWeight() {
    double[] p = grading.distribution(0.65);

    assertThat(p[1] / p[2]).isCloseTo(Math.exp(-1), within(1e-12));
  }

  @Test
  void thresholdsOutOfOrderOrRangeAreRejected() {
    assertThatThrownBy(() -> new RelevanceGrading(0.6, 0.3, 0.05)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelevanceGrading(0.3, 1.2, 0.05)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelevanceGrading(0.3, 0.6, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theVersionNamesTheThresholdsAndTemperature() {
    assertThat(grading.version()).isEqualTo("t=0.3,0.6;temp=0.05");
  }
}
