package io.collectlite.user;

import java.util.Objects;

/**
 * A newly created user with the bearer token that authenticates them. The token is shown once:
 * the store keeps only its SHA-256.
 */
public record IssuedUser(User user, String token) {
  public IssuedUser {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(token, "token");
  }
}
