package io.collectlite.ingest;

import java.util.List;

/** What a store did with a batch of rows: the dataset it created and the rows it skipped as duplicates. */
public record IngestResult(long datasetId, int inserted, List<DuplicateRow> duplicates) {
  public IngestResult {
    duplicates = List.copyOf(duplicates);
  }
}
