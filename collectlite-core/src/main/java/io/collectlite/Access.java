package io.collectlite;

import io.collectlite.error.ForbiddenException;
import io.collectlite.error.NotFoundException;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.util.EnumSet;
import java.util.Set;

/** Decides whether a user may act in a project; one place for every role check. */
final class Access {
  private final Store store;

  Access(Store store) {
    this.store = store;
  }

  /** The project, when the user is a member with one of the roles; else not found or forbidden. */
  Project require(User user, long projectId, Role first, Role... more) {
    Project project = store.projects().find(projectId)
        .orElseThrow(() -> new NotFoundException("project " + projectId + " does not exist"));
    Role role = store.projects().roleOf(projectId, user.id())
        .orElseThrow(() -> new ForbiddenException(user.name() + " is not a member of project " + projectId));
    Set<Role> allowed = EnumSet.of(first, more);
    if (!allowed.contains(role)) {
      throw new ForbiddenException(user.name() + " is " + role.wire() + " in project " + projectId
          + "; this needs " + allowed.stream().map(Role::wire).toList());
    }
    return project;
  }

  /** The project, for any member. */
  Project member(User user, long projectId) {
    return require(user, projectId, Role.OWNER, Role.REVIEWER, Role.ANNOTATOR);
  }
}
