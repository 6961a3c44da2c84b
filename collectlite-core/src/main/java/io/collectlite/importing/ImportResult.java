package io.collectlite.importing;

import io.collectlite.error.Problem;
import io.collectlite.ingest.DuplicateRow;
import java.util.List;

/**
 * What a store did with an import's lines.
 *
 * @param importId the stored import, which imported annotations and predictions point to
 * @param annotations annotations stored, those on gold tasks included
 * @param annotationsOnGold annotations stored on gold tasks: scored against the gold answer (gold
 *     tallies, reliability), counting toward no overlap and never changing the gold answer
 * @param duplicates lines skipped as repeats: an annotator's second annotation of a task, or a
 *     model's same prediction for an example again (the first
 *     {@value io.collectlite.ingest.UploadReader#MAX_REPORTED_PROBLEMS})
 * @param duplicateCount every line skipped as a repeat, including those past the list's cap
 * @param rejected refused lines with line, field and reason (the first
 *     {@value io.collectlite.ingest.UploadReader#MAX_REPORTED_PROBLEMS}); a strict import with any
 *     is refused whole instead
 * @param rejectedCount every problem found, including those past the list's cap
 * @param tasksResolved tasks the import filled whose consensus settled them
 * @param tasksToReview tasks the import filled whose consensus sent them to review
 */
public record ImportResult(long importId, int annotations, int annotationsOnGold, int predictions, List<DuplicateRow> duplicates,
    int duplicateCount, List<Problem> rejected, int rejectedCount, int tasksResolved, int tasksToReview) {
  public ImportResult {
    duplicates = List.copyOf(duplicates);
    rejected = List.copyOf(rejected);
    if (duplicateCount < duplicates.size()) throw new IllegalArgumentException("duplicateCount below the listed rows");
    if (annotationsOnGold > annotations) throw new IllegalArgumentException("more annotations on gold than stored");
    if (rejectedCount < rejected.size()) throw new IllegalArgumentException("rejectedCount below the listed rows");
  }
}
