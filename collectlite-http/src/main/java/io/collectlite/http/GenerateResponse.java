package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** How many tasks a generation created (0 when every example already had one). */
record GenerateResponse(@OpenApiRequired int created) {}
