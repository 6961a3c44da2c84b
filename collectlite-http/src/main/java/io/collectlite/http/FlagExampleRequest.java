package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/**
 * {@code POST /api/projects/{id}/flags}: the example whose task the owner sends to review, and why.
 *
 * @param example_id the example's id in the project, as uploads gave it and exports show it
 * @param comment why the task needs another look; optional
 */
record FlagExampleRequest(@OpenApiRequired String example_id, String comment) {}
