package io.collectlite.jdbc;

import io.collectlite.store.Store;
import io.collectlite.store.StoreContract;

/**
 * The store contract on PostgreSQL: a scratch database per test, on the embedded server or on
 * the one {@code COLLECTLITE_TEST_PG_URL} names.
 */
class PostgresStoreTest extends StoreContract {
  @Override
  protected Store openStore() {
    return TestPostgres.scratchStore();
  }
}
