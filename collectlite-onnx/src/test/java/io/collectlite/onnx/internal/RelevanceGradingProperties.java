package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class RelevanceGradingProperties {
  private final RelevanceGrading grading = RelevanceGrading.DEFAULT;

  @Property
  void theDistributionSumsToOneAndFavoursTheGrade(@ForAll @DoubleRange(min = -1, max = 1) double cosine) {
    double[] p = grading.distribution(cosine);

    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
    int grade = grading.grade(cosine);
    for (int g = 0; g < 3; g++) assertThat(p[grade]).isGreaterThanOrEqualTo(p[g]);
  }

  @Property
  void aHigherCosineNeverLowersTheGradeNorTheTopGradesProbability(
      @ForAll @DoubleRange(min = -1, max = 1) double a, @ForAll @DoubleRange(min = -1, max = 1) double b) {
    double low = Math.min(a, b);
    double high = Math.max(a, b);

    assertThat(grading.grade(high)).isGreaterThanOrEqualTo(grading.grade(low));
    assertThat(grading.distribution(high)[2]).isGreaterThanOrEqualTo(grading.distribution(low)[2] - 1e-12);
  }
}
