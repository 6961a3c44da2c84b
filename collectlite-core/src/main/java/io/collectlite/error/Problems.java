package io.collectlite.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the problems of several independent checks of one input, so that it is refused once,
 * naming all of them, rather than one problem per attempt. Not thread-safe: one per input.
 */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  /** Adds a problem about {@code field}. */
  public void add(String field, String message) {
    found.add(Problem.field(field, message));
  }

  /** Runs {@code check}, keeping the problems of its {@link ValidationException}; its value, or empty when it failed. */
  public <T> Optional<T> check(Supplier<T> check) {
    try {
      return Optional.of(check.get());
    } catch (ValidationException e) {
      found.addAll(e.problems());
      return Optional.empty();
    }
  }

  /** Runs {@code check}, keeping the problems of its {@link ValidationException}; whether it passed. */
  public boolean check(Runnable check) {
    return check(() -> {
      check.run();
      return Boolean.TRUE;
    }).isPresent();
  }

  /** Whether no problem was found so far. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws a {@link ValidationException} naming every problem found, in the order found, if there is one. */
  public void throwIfAny() {
    if (!found.isEmpty()) throw new ValidationException(found);
  }
}
