package io.collectlite.jdbc;

import io.collectlite.store.Store;
import io.collectlite.store.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite: a new database file per test. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  protected Store openStore() {
    return JdbcStores.sqlite(dir.resolve("collectlite.db"));
  }
}
