package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** A resolved review: the task and its new state ({@code resolved}). */
record ResolveResponse(@OpenApiRequired long task_id, @OpenApiRequired String state) {}
