package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** {@code PUT /api/projects/{id}/instructions}: the new Markdown instructions. */
record InstructionsRequest(@OpenApiRequired String instructions) {}
