package io.collectlite.jdbc.internal;

import io.collectlite.error.ConflictException;
import io.collectlite.error.NotFoundException;
import io.collectlite.store.UserStore;
import io.collectlite.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users table. */
final class JdbcUserStore implements UserStore {
  private static final String COLUMNS = "id, name, created_at";

  private final Db db;

  JdbcUserStore(Db db) {
    this.db = db;
  }

  @Override
  public User create(String name, String tokenHash, Instant now) {
    try {
      return db.tx(h -> h.createQuery("INSERT INTO users (name, token_hash, created_at) "
              + "VALUES (:name, :hash, :now) RETURNING " + COLUMNS)
          .bind("name", name).bind("hash", tokenHash).bind("now", now).mapTo(User.class).one());
    } catch (RuntimeException e) {
      if (db.isUniqueViolation(e)) throw new ConflictException("the user name '" + name + "' is taken");
      throw e;
    }
  }

  @Override
  public Optional<User> findByTokenHash(String tokenHash) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE token_hash = :hash")
        .bind("hash", tokenHash).mapTo(User.class).findOne());
  }

  @Override
  public Optional<User> find(long id) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id).mapTo(User.class).findOne());
  }

  @Override
  public Optional<User> findByName(String name) {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE name = :name")
        .bind("name", name).mapTo(User.class).findOne());
  }

  @Override
  public void setTokenHash(long userId, String tokenHash) {
    int changed = db.tx(h -> h.createUpdate("UPDATE users SET token_hash = :hash WHERE id = :id")
        .bind("hash", tokenHash).bind("id", userId).execute());
    if (changed == 0) throw new NotFoundException("user " + userId + " does not exist");
  }

  @Override
  public List<User> list() {
    return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY id").mapTo(User.class).list());
  }
}
