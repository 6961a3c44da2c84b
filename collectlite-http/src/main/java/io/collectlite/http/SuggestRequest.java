package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** Which configured suggester to run, by name (see {@code GET /api/suggesters}). */
record SuggestRequest(@OpenApiRequired String suggester) {}
