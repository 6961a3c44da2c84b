package io.collectlite.http;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** API tests against a fresh server on SQLite, with a team (owner, two annotators, a reviewer) per test. */
abstract class SqliteTeamTest {
  @TempDir Path dir;
  TestServer server;
  Team team;

  @BeforeEach
  void startServer() {
    server = TestServer.sqlite(dir);
    team = new Team(server);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }
}
