package io.collectlite.http;

import io.collectlite.project.Project;
import io.collectlite.user.Role;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;

/**
 * A project as listed for one user.
 *
 * @param role the caller's role in it: owner, reviewer or annotator
 * @param split_ratios the shares of the train/validation/evaluation splits, fixed at creation
 */
record ProjectView(@OpenApiRequired long id, @OpenApiRequired String name, @OpenApiRequired String task_type,
    @OpenApiRequired int overlap, @OpenApiRequired long owner_id, @OpenApiRequired Instant created_at,
    @OpenApiRequired String role, @OpenApiRequired SplitRatiosView split_ratios) {
  static ProjectView of(Project p, Role role) {
    return new ProjectView(p.id(), p.name(), p.taskType().wire(), p.overlap(), p.ownerId(), p.createdAt(),
        role.wire(), SplitRatiosView.of(p.splitRatios()));
  }
}
