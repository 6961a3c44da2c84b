package io.collectlite.store;

import io.collectlite.ingest.IngestResult;
import io.collectlite.ingest.SourceRow;
import io.collectlite.ingest.UploadMode;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/** Immutable source examples, grouped by the dataset (upload) that brought them. */
public interface ExampleStore {
  /**
   * Stores a dataset and its rows in one transaction, consuming {@code rows} as a stream while it
   * writes (so parsing and writing overlap, and memory does not grow with the file). Rows whose
   * {@code source_hash} is already in the project are skipped and reported as duplicates; a row
   * whose {@code example_id} is already in the project with other content fails the whole call
   * with a {@link io.collectlite.error.ValidationException} naming its line ({@code STRICT}), or
   * is skipped and listed in the result's {@code rejected} ({@code LENIENT}). Whatever {@code rows}
   * throws (e.g. a validation failure found further down the file) passes through, and in every
   * failure nothing is written.
   */
  IngestResult ingest(long projectId, String fileName, long uploadedBy, Iterator<SourceRow> rows, UploadMode mode,
      Instant now);

  /** How many source examples a project holds. */
  long count(long projectId);

  /**
   * The project's examples with a task that no near-duplicate check has seen, in row order; those an export may
   * already hold are marked {@code exported} (their split stays their own id).
   */
  List<io.collectlite.ingest.UnsettledExample> unsettled(long projectId);

  /** The project's checked examples with their split key and the vector {@code model} gave them, in row order. */
  List<io.collectlite.ingest.NearDuplicates.Example> settled(long projectId, String model);

  /**
   * Stores each example's vector under {@code model} and its split key, in one transaction: a key is only set for an
   * example no export can hold yet and never changed. Returns each example's split key as stored.
   */
  java.util.Map<Long, String> settle(long projectId, String model,
      List<io.collectlite.ingest.NearDuplicates.Example> examples);
}
