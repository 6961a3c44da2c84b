package io.collectlite.store;

import io.collectlite.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and the hashes of their bearer tokens. */
public interface UserStore {
  /** Creates a user; throws {@link io.collectlite.error.ConflictException} when the name is taken. */
  User create(String name, String tokenHash, Instant now);

  /** The user whose token hashes to {@code tokenHash}. */
  Optional<User> findByTokenHash(String tokenHash);

  /** The user with this id. */
  Optional<User> find(long id);

  /** The user with this name. */
  Optional<User> findByName(String name);

  /** Replaces a user's token hash, so only a newly issued token authenticates them. */
  void setTokenHash(long userId, String tokenHash);

  /** Every user, by id. */
  List<User> list();
}
