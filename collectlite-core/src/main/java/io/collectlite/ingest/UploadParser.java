package io.collectlite.ingest;

import io.collectlite.project.TaskType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole uploaded file into memory at once; for small files, previews and tests. Uploads
 * stream through {@link UploadReader} instead. Thread-safe.
 */
public final class UploadParser {
  private UploadParser() {}

  /**
   * Parses a whole file. Throws {@link io.collectlite.error.ValidationException} only when the
   * file as a whole is unreadable (not UTF-8, no CSV header); row-level problems are returned.
   */
  public static ParsedUpload parse(InputStream in, SourceFormat format, TaskType taskType) {
    try (UploadReader reader = UploadReader.open(in, format, taskType)) {
      List<SourceRow> rows = new ArrayList<>();
      reader.forEachRemaining(rows::add);
      return new ParsedUpload(reader.rowsRead(), rows, reader.duplicates(), reader.problems());
    }
  }
}
