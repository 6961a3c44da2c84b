package io.collectlite.cohere.internal;

import io.collectlite.cohere.RelevanceThresholds;
import io.collectlite.suggestion.SuggestionOutcome;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A relevance score as one of three grades, with a probability per grade.
 *
 * @param grades the scale's three option values, lowest first
 */
record RelevanceGrades(RelevanceThresholds thresholds, List<String> grades) {
  RelevanceGrades {
    grades = List.copyOf(grades);
    if (grades.size() != 3) throw new IllegalArgumentException("three grades are needed, not " + grades);
  }

  /** The grade the thresholds give a score. */
  String grade(double score) {
    if (score >= thresholds.highlyRelevant()) return grades.get(2);
    if (score >= thresholds.partiallyRelevant()) return grades.get(1);
    return grades.get(0);
  }

  /** The probability of each grade: an ordinal logistic model around the two thresholds. */
  Map<String, Double> distribution(double score) {
    double atLeastMiddle = sigmoid((score - thresholds.partiallyRelevant()) / thresholds.softness());
    double top = sigmoid((score - thresholds.highlyRelevant()) / thresholds.softness());
    return Map.of(
        grades.get(0), 1 - atLeastMiddle,
        grades.get(1), Math.max(0, atLeastMiddle - top),
        grades.get(2), top);
  }

  /** The suggestion for one document. */
  SuggestionOutcome.Suggested suggest(double score, OptionalDouble cost, long latencyMillis) {
    String grade = grade(score);
    Map<String, Double> distribution = distribution(score);
    return new SuggestionOutcome.Suggested(grade, Map.of(), OptionalDouble.of(score),
        OptionalDouble.of(distribution.get(grade)), distribution, "", cost, latencyMillis);
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
