package io.collectlite.project;

import io.collectlite.user.Role;
import java.util.Objects;

/** A project as listed for one user, with that user's role in it. */
public record ProjectSummary(Project project, Role role) {
  public ProjectSummary {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(role, "role");
  }
}
