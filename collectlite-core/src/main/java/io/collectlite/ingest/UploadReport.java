package io.collectlite.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What an accepted upload did.
 *
 * @param rowsRead rows read from the file
 * @param examplesCreated source examples stored (a row with several documents makes several)
 * @param duplicates rows skipped because their content was already in the file or the project
 */
public record UploadReport(long datasetId, String fileName, int rowsRead, int examplesCreated, List<DuplicateRow> duplicates) {
  public UploadReport {
    Objects.requireNonNull(fileName, "fileName");
    duplicates = List.copyOf(duplicates);
  }
}
