package io.collectlite.ingest;

import io.collectlite.error.Problem;
import java.util.List;

/**
 * A file read and validated but not yet stored.
 *
 * @param rowsRead non-blank lines (JSONL) or data records (CSV) read
 * @param rows the examples to store, in file order, within-file duplicates removed
 * @param duplicates rows skipped as duplicates of an earlier row of the same file
 * @param problems every row refused, with line and field; an upload with any is refused whole
 */
public record ParsedUpload(int rowsRead, List<SourceRow> rows, List<DuplicateRow> duplicates, List<Problem> problems) {
  public ParsedUpload {
    rows = List.copyOf(rows);
    duplicates = List.copyOf(duplicates);
    problems = List.copyOf(problems);
  }
}
