package io.collectlite.importing;

import io.collectlite.error.Problem;
import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.UploadMode;
import java.util.List;
import java.util.Objects;

/**
 * What an accepted import did.
 *
 * @param linesRead non-blank lines read, accepted or not
 * @param annotationsImported annotations stored; each counts toward its task's overlap, except those on
 *     gold tasks
 * @param annotationsOnGold of those, annotations on gold tasks: scored against the gold answer (gold
 *     tallies, reliability), counting toward no overlap and never changing the gold answer
 * @param predictionsImported model predictions stored as suggestions (they count toward nothing)
 * @param duplicates lines skipped as repeats, with the reason, the first
 *     {@value io.collectlite.ingest.UploadReader#MAX_REPORTED_PROBLEMS}
 * @param duplicateCount every line skipped as a repeat, including those past the list's cap
 * @param rejected refused lines (lenient mode only) with line, field and reason, the first
 *     {@value io.collectlite.ingest.UploadReader#MAX_REPORTED_PROBLEMS}
 * @param rejectedCount every problem found, including those past the list's cap
 * @param tasksResolved tasks the import completed and consensus settled
 * @param tasksToReview tasks the import completed and consensus sent to review
 */
public record ImportReport(long importId, String fileName, UploadMode mode, int linesRead, int annotationsImported,
    int annotationsOnGold, int predictionsImported, List<DuplicateRow> duplicates, int duplicateCount, List<Problem> rejected,
    int rejectedCount, int tasksResolved, int tasksToReview) {
  public ImportReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mode, "mode");
    duplicates = List.copyOf(duplicates);
    rejected = List.copyOf(rejected);
  }

  static ImportReport of(ImportBatch batch, int linesRead, ImportResult r) {
    return new ImportReport(r.importId(), batch.fileName(), batch.mode(), linesRead, r.annotations(),
        r.annotationsOnGold(), r.predictions(), r.duplicates(), r.duplicateCount(), r.rejected(), r.rejectedCount(), r.tasksResolved(),
        r.tasksToReview());
  }
}
