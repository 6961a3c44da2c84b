package io.collectlite.http;

import io.collectlite.export.ExportInfo;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.List;

/**
 * One immutable export version.
 *
 * @param sha256 SHA-256 (hex) of the file's bytes, also sent as {@code X-Checksum-SHA256} on download
 * @param download_url where the file is served (needs the owner's token)
 * @param template_versions the template versions its records were made under, ascending
 * @param task_filter which tasks it holds: {@code resolved} (every task with a final label) or
 *     {@code all}
 * @param include_annotations whether its records list their raw, pseudonymized annotations
 */
record ExportManifest(@OpenApiRequired long id, @OpenApiRequired long project_id, @OpenApiRequired int version,
    @OpenApiRequired String format, @OpenApiRequired String schema_version, @OpenApiRequired long record_count,
    @OpenApiRequired String sha256, @OpenApiRequired long created_by, @OpenApiRequired Instant created_at,
    @OpenApiRequired String file_name, @OpenApiRequired String download_url,
    @OpenApiRequired List<Integer> template_versions, @OpenApiRequired String task_filter,
    @OpenApiRequired boolean include_annotations) {
  static ExportManifest of(ExportInfo e) {
    return new ExportManifest(e.id(), e.projectId(), e.version(), e.format().wire(), e.schemaVersion(),
        e.recordCount(), e.sha256(), e.createdBy(), e.createdAt(), e.fileName(),
        "/api/exports/" + e.id() + "/download", e.templateVersions(), e.taskFilter().wire(),
        e.includeAnnotations());
  }
}
