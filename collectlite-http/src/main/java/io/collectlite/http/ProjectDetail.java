package io.collectlite.http;

import io.collectlite.project.Project;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;

/** One project with the caller's role and its current template. */
record ProjectDetail(@OpenApiRequired long id, @OpenApiRequired String name, @OpenApiRequired String task_type,
    @OpenApiRequired int overlap, @OpenApiRequired long owner_id, @OpenApiRequired Instant created_at,
    @OpenApiRequired String role, @OpenApiRequired TemplateView template,
    @OpenApiRequired SplitRatiosView split_ratios) {
  static ProjectDetail of(Project p, Role role, Template template) {
    return new ProjectDetail(p.id(), p.name(), p.taskType().wire(), p.overlap(), p.ownerId(), p.createdAt(),
        role.wire(), TemplateView.of(template), SplitRatiosView.of(p.splitRatios()));
  }
}
