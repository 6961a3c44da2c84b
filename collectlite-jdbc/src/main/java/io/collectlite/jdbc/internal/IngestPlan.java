package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.Fingerprints;
import io.collectlite.ingest.SourceRow;
import io.collectlite.ingest.UploadMode;
import io.collectlite.ingest.UploadReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Sorts an upload's rows, as they stream past, against what the project already holds: new rows
 * to insert, duplicates (same content) to skip, and example-id conflicts (same id, other content)
 * that refuse the upload once the stream ends. Not thread-safe.
 */
final class IngestPlan {
  private final UploadMode mode;
  // 128-bit fingerprints, not strings: a project of a million examples fits in tens of megabytes
  private final Fingerprints ids = new Fingerprints();
  private final Fingerprints hashes = new Fingerprints();
  private final List<DuplicateRow> duplicates = new ArrayList<>();
  private final List<Problem> conflicts = new ArrayList<>();
  private int conflictCount;
  private int fresh;

  IngestPlan(UploadMode mode) {
    this.mode = mode;
  }

  /** Remembers one stored example of the project. */
  void existing(String exampleId, String sourceHash) {
    ids.putIfAbsent(Fingerprints.ofText(exampleId), 1);
    hashes.putIfAbsent(Fingerprints.ofSha256Hex(sourceHash), 1);
  }

  /**
   * The new rows, in order, as a stream over {@code rows}. When {@code rows} ends in a strict
   * upload, throws {@link ValidationException} naming every conflicting line, if any; a lenient
   * upload leaves them in {@link #rejected()}.
   */
  Iterator<SourceRow> fresh(Iterator<SourceRow> rows) {
    return new Iterator<>() {
      private SourceRow next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) next = sort(rows.next());
        if (next == null && conflictCount > 0 && mode == UploadMode.STRICT) {
          throw new ValidationException(UploadReader.withOverflow(conflicts, conflictCount));
        }
        return next != null;
      }

      @Override
      public SourceRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceRow row = next;
        next = null;
        fresh++;
        return row;
      }
    };
  }

  private SourceRow sort(SourceRow row) {
    if (hashes.get(Fingerprints.ofSha256Hex(row.sourceHash())).isPresent()) {
      duplicates.add(new DuplicateRow(row.line(), row.exampleId(), "same content as an example already in the project"));
      return null;
    }
    if (ids.get(Fingerprints.ofText(row.exampleId())).isPresent()) {
      conflictCount++;
      if (conflicts.size() < UploadReader.MAX_REPORTED_PROBLEMS) {
        conflicts.add(new Problem(row.line(), "id", "example id '" + row.exampleId()
            + "' is already in the project with different content"));
      }
      return null;
    }
    return row;
  }

  /** Rows handed out as new so far. */
  int freshCount() {
    return fresh;
  }

  /** Rows refused so far because their id is already in the project with other content (capped). */
  List<Problem> rejected() {
    return List.copyOf(conflicts);
  }

  /** How many rows were refused that way, including those past the cap. */
  int rejectedCount() {
    return conflictCount;
  }

  /** Rows skipped so far because the project already holds their content. */
  List<DuplicateRow> duplicates() {
    return List.copyOf(duplicates);
  }
}
