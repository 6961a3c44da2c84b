package io.collectlite.http;

import io.collectlite.ingest.UploadReport;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What an accepted upload stored.
 *
 * @param mode {@code strict} or {@code lenient}, as asked
 * @param rows_read rows read from the file, accepted or not
 * @param examples_created examples stored; a row with several documents makes several
 * @param duplicates rows skipped because the same content was already in the file or the project
 * @param rejected rows refused in lenient mode, each with its line, field and reason (the first
 *     1,000; always empty in strict mode, which refuses the whole upload instead)
 * @param rejected_count how many problems were found in all, including those past the list's cap
 */
record UploadResponse(@OpenApiRequired long dataset_id, @OpenApiRequired String file_name,
    @OpenApiRequired @OpenApiDescription("strict or lenient") String mode,
    @OpenApiRequired int rows_read, @OpenApiRequired int examples_created,
    @OpenApiRequired List<DuplicateView> duplicates,
    @OpenApiRequired @OpenApiDescription("rows refused in lenient mode; the first 1,000") List<ProblemView> rejected,
    @OpenApiRequired @OpenApiDescription("every refused row, listed or not") int rejected_count) {
  static UploadResponse of(UploadReport r) {
    return new UploadResponse(r.datasetId(), r.fileName(), r.mode().wire(), r.rowsRead(), r.examplesCreated(),
        r.duplicates().stream().map(d -> new DuplicateView(d.line(), d.exampleId(), d.reason())).toList(),
        r.rejected().stream().map(ProblemView::of).toList(), r.rejectedCount());
  }
}
