package io.collectlite.importing;

import io.collectlite.error.Problem;
import java.util.List;

/** A line the reader refused (not JSON, a missing or bad field), with every problem found on it. */
public record RefusedLine(int line, List<Problem> problems) implements ImportRow {
  public RefusedLine {
    problems = List.copyOf(problems);
    if (problems.isEmpty()) throw new IllegalArgumentException("a refused line needs a problem");
  }
}
