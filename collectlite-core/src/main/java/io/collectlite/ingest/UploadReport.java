package io.collectlite.ingest;

import io.collectlite.error.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What an accepted upload did.
 *
 * @param rowsRead rows read from the file
 * @param examplesCreated source examples stored (a row with several documents makes several)
 * @param duplicates rows skipped because their content was already in the file or the project
 * @param rejected rows refused (lenient mode only; a strict upload with any is refused whole), the
 *     first {@value UploadReader#MAX_REPORTED_PROBLEMS} with line and reason
 * @param rejectedCount how many problems were found in all, including those past the list's cap
 */
public record UploadReport(long datasetId, String fileName, UploadMode mode, int rowsRead, int examplesCreated,
    List<DuplicateRow> duplicates, List<Problem> rejected, int rejectedCount) {
  public UploadReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mode, "mode");
    duplicates = List.copyOf(duplicates);
    rejected = List.copyOf(rejected);
    if (rejectedCount < rejected.size()) throw new IllegalArgumentException("rejectedCount below the listed rows");
  }
}
