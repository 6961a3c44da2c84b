package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.SourceRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts an upload's rows against what the project already holds: new rows to insert, duplicates
 * (same content) to skip, and example-id conflicts (same id, other content) that refuse the upload.
 */
final class IngestPlan {
  private final Map<String, String> hashById = new HashMap<>();
  private final Map<String, String> idByHash = new HashMap<>();

  /** Remembers one stored example of the project. */
  void existing(String exampleId, String sourceHash) {
    hashById.put(exampleId, sourceHash);
    idByHash.put(sourceHash, exampleId);
  }

  /** The rows to insert, in order; throws {@link ValidationException} naming every conflicting line. */
  List<SourceRow> fresh(List<SourceRow> rows, List<DuplicateRow> duplicates) {
    List<SourceRow> fresh = new ArrayList<>(rows.size());
    List<Problem> problems = new ArrayList<>();
    for (SourceRow row : rows) {
      String sameContent = idByHash.get(row.sourceHash());
      if (sameContent != null) {
        duplicates.add(new DuplicateRow(row.line(), row.exampleId(),
            "same content as example '" + sameContent + "' already in the project"));
        continue;
      }
      if (hashById.containsKey(row.exampleId())) {
        problems.add(new Problem(row.line(), "id", "example id '" + row.exampleId()
            + "' is already in the project with different content"));
        continue;
      }
      fresh.add(row);
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return fresh;
  }
}
