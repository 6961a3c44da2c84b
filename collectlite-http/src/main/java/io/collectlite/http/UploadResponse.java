package io.collectlite.http;

import io.collectlite.ingest.UploadReport;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What an accepted upload stored.
 *
 * @param rows_read rows read from the file
 * @param examples_created examples stored; a row with several documents makes several
 * @param duplicates rows skipped because the same content was already in the file or the project
 */
record UploadResponse(@OpenApiRequired long dataset_id, @OpenApiRequired String file_name,
    @OpenApiRequired int rows_read, @OpenApiRequired int examples_created,
    @OpenApiRequired List<DuplicateView> duplicates) {
  static UploadResponse of(UploadReport r) {
    return new UploadResponse(r.datasetId(), r.fileName(), r.rowsRead(), r.examplesCreated(),
        r.duplicates().stream().map(d -> new DuplicateView(d.line(), d.exampleId(), d.reason())).toList());
  }
}
