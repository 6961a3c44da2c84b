package io.collectlite.importing;

import io.collectlite.ingest.UploadMode;
import java.time.Instant;
import java.util.Objects;

/**
 * What a store needs to know about one import besides its lines.
 *
 * @param fileName the imported file's name, kept as the annotations' provenance
 * @param importedBy the owner running the import
 * @param templateVersion the template version the lines were validated against
 */
public record ImportBatch(long projectId, String fileName, long importedBy, UploadMode mode, int templateVersion,
    Instant now) {
  public ImportBatch {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(now, "now");
    if (templateVersion < 1) throw new IllegalArgumentException("template versions start at 1");
  }
}
