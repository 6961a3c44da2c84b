package io.collectlite.user;

import java.time.Instant;
import java.util.Objects;

/** A person who works in CollectLite; what they may do is decided per project by their {@link Role}. */
public record User(long id, String name, Instant createdAt) {
  public User {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
