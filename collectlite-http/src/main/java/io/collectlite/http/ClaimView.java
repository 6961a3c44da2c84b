package io.collectlite.http;

import io.collectlite.task.Claim;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.Map;

/**
 * A task held for the caller until {@code lease_expires_at}: only what an annotator may see.
 *
 * @param fields the example's fields, e.g. {@code query} and {@code document}; non-text values as JSON text
 */
record ClaimView(@OpenApiRequired long assignment_id, @OpenApiRequired long task_id,
    @OpenApiRequired long project_id, @OpenApiRequired String example_id,
    @OpenApiRequired Map<String, String> fields, @OpenApiRequired int template_version,
    @OpenApiRequired Instant lease_expires_at) {
  static ClaimView of(Claim c) {
    return new ClaimView(c.assignmentId(), c.taskId(), c.projectId(), c.exampleId(), Json.fields(c.fieldsJson()),
        c.templateVersion(), c.leaseExpiresAt());
  }
}
