package io.collectlite.http;

import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.TaskFilter;
import io.javalin.openapi.OpenApiIgnore;
import io.javalin.openapi.OpenApiRequired;

/**
 * {@code POST /api/projects/{id}/exports}.
 *
 * @param format {@code jsonl} or {@code csv}
 * @param tasks {@code resolved} (default: every task with a final label) or {@code all} (every task,
 *     those without a final label with {@code final_label} null, each record with its {@code state})
 * @param include_annotations each record lists its raw annotations, annotators pseudonymized
 *     (default false)
 */
record ExportRequest(@OpenApiRequired String format, String tasks, Boolean include_annotations) {
  @OpenApiIgnore // not a field of the body
  ExportFormat exportFormat() {
    return ExportFormat.fromWire(format);
  }

  @OpenApiIgnore
  ExportOptions options() {
    TaskFilter filter = tasks == null ? TaskFilter.RESOLVED : TaskFilter.fromWire(tasks);
    return new ExportOptions(filter, Boolean.TRUE.equals(include_annotations));
  }
}
