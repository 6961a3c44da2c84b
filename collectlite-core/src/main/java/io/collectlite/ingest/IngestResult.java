package io.collectlite.ingest;

import io.collectlite.error.Problem;
import java.util.List;

/**
 * What a store did with a stream of rows: the dataset it created, the rows it skipped as
 * duplicates of the project's examples, and (lenient uploads only) the rows it refused because
 * their example id is already in the project with other content.
 */
public record IngestResult(long datasetId, int inserted, List<DuplicateRow> duplicates, List<Problem> rejected) {
  public IngestResult {
    duplicates = List.copyOf(duplicates);
    rejected = List.copyOf(rejected);
  }
}
