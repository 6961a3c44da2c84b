package io.collectlite.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; carries every problem found, each naming its line and field. */
public final class ValidationException extends CollectLiteException {
  private static final int SHOWN_IN_MESSAGE = 5;
  private final List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(summarize(problems));
    if (problems.isEmpty()) throw new IllegalArgumentException("a validation failure needs a problem");
    this.problems = List.copyOf(problems);
  }

  public ValidationException(Problem problem) {
    this(List.of(problem));
  }

  /** Shorthand for one problem about a field. */
  public static ValidationException field(String field, String message) {
    return new ValidationException(Problem.field(field, message));
  }

  /** Every problem found, in input order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summarize(List<Problem> problems) {
    String shown = problems.stream().limit(SHOWN_IN_MESSAGE).map(Problem::toString)
        .collect(Collectors.joining("; "));
    int more = problems.size() - SHOWN_IN_MESSAGE;
    return more > 0 ? shown + " (and " + more + " more)" : shown;
  }
}
