package io.collectlite.gold;

import java.util.Objects;

/**
 * One known answer to store: for the task of an example, its primary key and every answer.
 *
 * @param line where it came from (1-based line of a gold file), for errors
 * @param label the primary answer's consensus key
 * @param answers every answer, as the JSON object of {@link io.collectlite.template.Answers#json()}
 */
public record GoldLine(int line, String exampleId, String label, String answers) {
  public GoldLine {
    if (line < 1) throw new IllegalArgumentException("line must be >= 1");
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(answers, "answers");
  }
}
