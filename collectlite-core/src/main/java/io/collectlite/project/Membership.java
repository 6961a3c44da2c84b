package io.collectlite.project;

import io.collectlite.user.Role;
import java.util.Objects;

/** A user's role in a project. */
public record Membership(long projectId, long userId, String userName, Role role) {
  public Membership {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(role, "role");
  }
}
