package io.collectlite;

import io.collectlite.error.Problem;
import io.collectlite.error.TextInput;
import io.collectlite.ingest.DuplicateRow;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.IngestResult;
import io.collectlite.ingest.SourceFormat;
import io.collectlite.ingest.UploadMode;
import io.collectlite.ingest.UploadReader;
import io.collectlite.ingest.UploadReport;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.template.LabelSchema;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The upload side of the facade, after its access checks: streams a file through the reader into
 * the store in one transaction and merges what both found into one report, in line order.
 */
final class ProjectUploads {
  private final Store store;
  private final IngestLimits limits;

  ProjectUploads(Store store, IngestLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  UploadReport upload(Project project, long ownerId, String fileName, InputStream content, UploadMode mode,
      Instant now) {
    TextInput.noNul("file", fileName);
    SourceFormat format = SourceFormat.fromFileName(fileName);
    LabelSchema schema = store.projects().currentTemplate(project.id()).schema();
    try (UploadReader reader = UploadReader.open(content, format, project.taskType(), schema, limits)) {
      IngestResult result = store.examples().ingest(project.id(), fileName, ownerId, reader.rows(mode), mode, now);
      List<DuplicateRow> duplicates = new ArrayList<>(reader.duplicates());
      duplicates.addAll(result.duplicates());
      duplicates.sort(Comparator.comparingInt(DuplicateRow::line));
      List<Problem> rejected = new ArrayList<>(reader.problems());
      rejected.addAll(result.rejected());
      rejected.sort(Comparator.comparingInt(Problem::line));
      if (rejected.size() > UploadReader.MAX_REPORTED_PROBLEMS) {
        rejected = rejected.subList(0, UploadReader.MAX_REPORTED_PROBLEMS);
      }
      int rejectedCount = reader.problemCount() + result.rejectedCount();
      return new UploadReport(result.datasetId(), fileName, mode, reader.rowsRead(), result.inserted(), duplicates,
          rejected, rejectedCount);
    }
  }
}
