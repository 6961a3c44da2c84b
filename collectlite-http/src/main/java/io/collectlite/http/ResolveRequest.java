package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** {@code POST /api/reviews/{taskId}/resolve}: the final label and an optional comment. */
record ResolveRequest(@OpenApiRequired String label, String comment) {}
