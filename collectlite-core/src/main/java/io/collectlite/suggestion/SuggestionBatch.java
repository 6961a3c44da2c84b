package io.collectlite.suggestion;

import io.collectlite.template.Answers;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one provider call produced, stored in one transaction: suggestions (moving their examples' open tasks
 * from {@code created} to {@code suggested}, and setting their priority under active learning) and failures.
 *
 * @param jobId the run that made them
 * @param templateVersion the template version the answers were checked against
 */
public record SuggestionBatch(long projectId, long jobId, SuggestionKey key, int templateVersion,
    List<Generated> suggestions, List<Failure> failures) {
  public SuggestionBatch {
    Objects.requireNonNull(key, "key");
    suggestions = List.copyOf(suggestions);
    failures = List.copyOf(failures);
  }

  /**
   * A suggestion to store.
   *
   * @param answers the checked answers (primary label and any further answers)
   * @param distributionJson the model's probabilities per option as a JSON object, empty text when none
   * @param priority the queue priority its example's open task takes (active learning), when set
   */
  public record Generated(long exampleRowId, Answers answers, SuggestionOutcome.Suggested outcome,
      String distributionJson, OptionalInt priority) {
    public Generated {
      Objects.requireNonNull(answers, "answers");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(distributionJson, "distributionJson");
      Objects.requireNonNull(priority, "priority");
    }
  }

  /** A request that got no usable answer after {@code attempts} tries. */
  public record Failure(long exampleRowId, String error, int attempts) {
    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }
}
