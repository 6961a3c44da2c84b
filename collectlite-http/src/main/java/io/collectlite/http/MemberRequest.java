package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/** {@code PUT /api/projects/{id}/members/{userId}}: the role to give, owner, reviewer or annotator. */
record MemberRequest(@OpenApiRequired String role) {}
