package io.collectlite.ingest;

import io.collectlite.error.Problem;
import java.util.List;

/**
 * What a store did with a stream of rows: the dataset it created, the rows it skipped as
 * duplicates of the project's examples, and (lenient uploads only) the rows it refused because
 * their example id is already in the project with other content: the first
 * {@value UploadReader#MAX_REPORTED_PROBLEMS} listed, all of them counted.
 */
public record IngestResult(long datasetId, int inserted, List<DuplicateRow> duplicates, List<Problem> rejected,
    int rejectedCount) {
  public IngestResult {
    duplicates = List.copyOf(duplicates);
    rejected = List.copyOf(rejected);
    if (rejectedCount < rejected.size()) throw new IllegalArgumentException("rejectedCount below the listed rows");
  }
}
