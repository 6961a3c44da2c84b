package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.importing.ImportResult;
import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.UploadReader;
import io.collectlite.task.TaskState;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did so far: counts, duplicates and refused lines (both lists capped for the report,
 * both counts complete). Not thread-safe.
 */
final class ImportTally {
  private final List<DuplicateRow> duplicates = new ArrayList<>();
  private final List<Problem> rejected = new ArrayList<>();
  private int duplicateCount;
  private int rejectedCount;
  private int annotations;
  private int onGold;
  private int predictions;
  private int resolved;
  private int toReview;

  void refuse(Problem problem) {
    rejectedCount++;
    if (rejected.size() < UploadReader.MAX_REPORTED_PROBLEMS) rejected.add(problem);
  }

  void duplicate(int line, String exampleId, String reason) {
    duplicateCount++;
    if (duplicates.size() < UploadReader.MAX_REPORTED_PROBLEMS) {
      duplicates.add(new DuplicateRow(line, exampleId, reason));
    }
  }

  void annotation(TaskState endState) {
    annotations++;
    if (endState == TaskState.RESOLVED) resolved++;
    if (endState == TaskState.NEEDS_REVIEW) toReview++;
  }

  /** An annotation stored on a gold task: scored against its gold answer, outside its overlap. */
  void goldAnnotation() {
    annotations++;
    onGold++;
  }

  void prediction() {
    predictions++;
  }

  int annotations() {
    return annotations;
  }

  int predictions() {
    return predictions;
  }

  /** Throws the refusal of a strict import when any line was refused. */
  void requireClean() {
    if (rejectedCount > 0) throw new ValidationException(UploadReader.withOverflow(rejected, rejectedCount));
  }

  ImportResult result(long importId) {
    return new ImportResult(importId, annotations, onGold, predictions, duplicates, duplicateCount, rejected,
        rejectedCount, resolved, toReview);
  }
}
