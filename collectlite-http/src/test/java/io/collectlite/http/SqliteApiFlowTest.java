package io.collectlite.http;

import java.nio.file.Path;

/** The API flow over SQLite, the embedded default. */
class SqliteApiFlowTest extends ApiFlowContract {
  @Override
  TestServer startServer(Path dir) {
    return TestServer.sqlite(dir);
  }
}
