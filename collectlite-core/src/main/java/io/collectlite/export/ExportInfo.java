package io.collectlite.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The manifest of one immutable export version.
 *
 * @param sha256 SHA-256 (hex) of the file's bytes
 * @param location where the {@link ExportArchive} keeps the file
 * @param templateVersions the template versions (instructions and labels) its records were made
 *     under, ascending
 * @param taskFilter which tasks it holds
 * @param includeAnnotations whether its records list their raw (pseudonymized) annotations
 */
public record ExportInfo(long id, long projectId, int version, ExportFormat format, String schemaVersion,
    long recordCount, String sha256, long createdBy, Instant createdAt, String location,
    List<Integer> templateVersions, TaskFilter taskFilter, boolean includeAnnotations) {
  public ExportInfo {
    templateVersions = List.copyOf(templateVersions);
    Objects.requireNonNull(taskFilter, "taskFilter");
    if (version < 1) throw new IllegalArgumentException("versions start at 1");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(location, "location");
  }

  /** The options it was written with. */
  public ExportOptions options() {
    return new ExportOptions(taskFilter, includeAnnotations);
  }

  /** The file name a download should carry. */
  public String fileName() {
    return "project-" + projectId + "-export-v" + version + "." + format.extension();
  }
}
