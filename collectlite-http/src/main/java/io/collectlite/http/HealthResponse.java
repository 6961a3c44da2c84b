package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** {@code GET /api/health}: the server answers. */
record HealthResponse(@OpenApiRequired String status) {}
