package io.collectlite.http;

import io.collectlite.project.Project;
import io.collectlite.template.Presets;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.List;

/**
 * One project with the caller's role and its current template.
 *
 * @param optional_fields row fields an uploaded row may carry besides the template's required ones (for
 *     pairwise preference, {@code model_a} and {@code model_b}, which the leaderboard ranks); like the
 *     required ones, read from the column the template's field mapping names
 */
record ProjectDetail(@OpenApiRequired long id, @OpenApiRequired String name, @OpenApiRequired String task_type,
    @OpenApiRequired int overlap, @OpenApiRequired long owner_id, @OpenApiRequired Instant created_at,
    @OpenApiRequired String role, @OpenApiRequired TemplateView template,
    @OpenApiRequired SplitRatiosView split_ratios, @OpenApiRequired List<String> optional_fields) {
  static ProjectDetail of(Project p, Role role, Template template) {
    return new ProjectDetail(p.id(), p.name(), p.taskType().wire(), p.overlap(), p.ownerId(), p.createdAt(),
        role.wire(), TemplateView.of(template), SplitRatiosView.of(p.splitRatios()),
        Presets.optionalFields(p.taskType()));
  }
}
