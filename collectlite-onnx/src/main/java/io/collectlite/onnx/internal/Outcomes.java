package io.collectlite.onnx.internal;

import io.collectlite.suggestion.SuggestionOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Builds the outcomes of a local model: free of charge, latency filled in once the call's time is known. */
public final class Outcomes {
  private Outcomes() {}

  static SuggestionOutcome.Suggested suggested(String label, double rawScore, double confidence,
      List<String> values, double[] distribution, String rationale) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) probabilities.put(values.get(i), clamp(distribution[i]));
    return new SuggestionOutcome.Suggested(label, Map.of(), OptionalDouble.of(rawScore),
        OptionalDouble.of(clamp(confidence)), probabilities, rationale, OptionalDouble.of(0), 0);
  }

  /** The same outcome with its share of the call's wall time. */
  public static SuggestionOutcome withLatency(SuggestionOutcome outcome, long latencyMillis) {
    if (!(outcome instanceof SuggestionOutcome.Suggested s)) return outcome;
    return new SuggestionOutcome.Suggested(s.label(), s.otherAnswers(), s.rawScore(), s.confidence(),
        s.distribution(), s.rationale(), s.costEstimate(), latencyMillis);
  }

  // rounding can leave a probability a hair outside [0, 1]
  private static double clamp(double p) {
    return Math.min(1, Math.max(0, p));
  }
}
