package io.collectlite;

import io.collectlite.export.ExportArchive;
import io.collectlite.export.ExportDiff;
import io.collectlite.export.ExportDiffer;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.ExportRow;
import io.collectlite.export.ExportWriter;
import io.collectlite.export.Pseudonyms;
import io.collectlite.export.WrittenExport;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.template.LabelSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The export side of the facade, after its access checks: writes a version into the archive while
 * the store streams the rows, compares versions and opens their files.
 */
final class ProjectExports {
  private final Store store;
  private final ExportArchive archive;

  ProjectExports(Store store, ExportArchive archive) {
    this.store = store;
    this.archive = archive;
  }

  /** Writes and records a new export version; {@code now} is in microseconds, as stores keep it. */
  ExportInfo create(Project project, long ownerId, ExportFormat format, ExportOptions options, Instant now) {
    long projectId = project.id();
    LabelSchema schema = store.projects().currentTemplate(projectId).schema();
    // the project's key is read (and made, the first time) only when records name annotators
    var pseudonyms = new Pseudonyms(options.includeAnnotations()
        ? store.projects().pseudonymKey(projectId, Pseudonyms.newKey()) : Pseudonyms.newKey());
    ExportWriter writer = new ExportWriter(project.seed(), project.splitRatios(), schema, now, options, pseudonyms);
    // the file is published before the store commits its version: when the commit fails, the file goes
    var published = new AtomicReference<String>();
    try {
      return store.exports().create(projectId, format, ExportWriter.SCHEMA_VERSION, ownerId, now, options,
          (version, rows) -> writeArchived(projectId, version, format, writer, rows, published));
    } catch (RuntimeException e) {
      discard(published.get(), e);
      throw e;
    }
  }

  private WrittenExport writeArchived(long projectId, int version, ExportFormat format, ExportWriter writer,
      Iterator<ExportRow> rows, AtomicReference<String> published) throws IOException {
    String location = archive.locationOf(projectId, version, format);
    try (ExportArchive.PendingFile file = archive.create(projectId, version, format)) {
      WrittenExport written = writer.write(format, version, rows, file.stream(), location);
      file.publish();
      published.set(location);
      return written;
    }
  }

  private void discard(String location, RuntimeException failure) {
    if (location == null) return;
    try {
      archive.discard(location);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** What changed between two versions of one project, streaming both files. */
  ExportDiff diff(ExportInfo from, ExportInfo to) {
    try {
      return new ExportDiffer().diff(from, to, export -> archive.open(export.location()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of a version; the caller closes it. */
  InputStream open(ExportInfo info) {
    try {
      return archive.open(info.location());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
