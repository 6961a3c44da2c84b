package io.collectlite.http;

import io.collectlite.jdbc.TestPostgres;
import java.nio.file.Path;

/**
 * The API flow over PostgreSQL: embedded by default, or the server {@code COLLECTLITE_TEST_PG_URL}
 * names.
 */
class PostgresApiFlowTest extends ApiFlowContract {
  @Override
  TestServer startServer(Path dir) {
    return TestServer.over(TestPostgres.scratchStore(), dir);
  }
}
