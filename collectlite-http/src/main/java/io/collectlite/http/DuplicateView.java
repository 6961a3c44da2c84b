package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** A skipped duplicate row of an upload. */
record DuplicateView(@OpenApiRequired int line, @OpenApiRequired String example_id, @OpenApiRequired String reason) {}
