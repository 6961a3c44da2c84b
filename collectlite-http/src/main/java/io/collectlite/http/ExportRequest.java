package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** {@code POST /api/projects/{id}/exports}: {@code jsonl} or {@code csv}. */
record ExportRequest(@OpenApiRequired String format) {}
