package io.collectlite.cohere.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.cohere.RelevanceThresholds;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class RelevanceGradesProperties {
  private static final List<String> GRADES = List.of("irrelevant", "partially_relevant", "highly_relevant");

  @Property
  void theDistributionIsAProbabilityOverTheThreeGrades(@ForAll @DoubleRange(min = 0, max = 1) double score,
      @ForAll @DoubleRange(min = 0, max = 0.49) double low, @ForAll @DoubleRange(min = 0.5, max = 1) double high,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double softness) {
    Map<String, Double> distribution = new RelevanceGrades(new RelevanceThresholds(low, high, softness), GRADES)
        .distribution(score);

    assertThat(distribution).containsOnlyKeys(GRADES);
    assertThat(distribution.values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(distribution.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
  }

  @Property
  void aHigherScoreNeverLowersTheGradeOrItsTopProbability(@ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b) {
    RelevanceGrades grades = new RelevanceGrades(RelevanceThresholds.DEFAULT, GRADES);
    double lower = Math.min(a, b);
    double higher = Math.max(a, b);

    assertThat(GRADES.indexOf(grades.grade(higher))).isGreaterThanOrEqualTo(GRADES.indexOf(grades.grade(lower)));
    assertThat(grades.distribution(higher).get("highly_relevant"))
        .isGreaterThanOrEqualTo(grades.distribution(lower).get("highly_relevant"));
    assertThat(grades.distribution(higher).get("irrelevant"))
        .isLessThanOrEqualTo(grades.distribution(lower).get("irrelevant"));
  }

  @Property
  void theGradeIsTheMostProbableOneAwayFromTheThresholds(@ForAll @DoubleRange(min = 0, max = 1) double score) {
    RelevanceThresholds t = RelevanceThresholds.DEFAULT;
    RelevanceGrades grades = new RelevanceGrades(t, GRADES);
    boolean nearAThreshold = Math.abs(score - t.partiallyRelevant()) < 0.01 || Math.abs(score - t.highlyRelevant()) < 0.01;
    if (nearAThreshold) return;

    Map<String, Double> distribution = grades.distribution(score);
    String mostProbable = distribution.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

    assertThat(grades.grade(score)).isEqualTo(mostProbable);
  }
}
