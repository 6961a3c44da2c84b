package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.store.Store;
import io.collectlite.user.IssuedUser;
import java.nio.file.Path;
import java.util.List;

/** A real server on a random port over a real store, with an HTTP client pointed at it. */
final class TestServer implements AutoCloseable {
  final CollectLite lite;
  final CollectLiteServer server;
  final Api api;

  private TestServer(Store store, Path dir, ServerOptions options, IngestLimits limits) {
    this(CollectLite.builder().store(store).exportDirectory(dir.resolve("exports")).ingestLimits(limits), options);
  }

  private TestServer(CollectLite.Builder builder, ServerOptions options) {
    this.lite = builder.build();
    this.server = CollectLiteServer.start(lite, options.withHost("127.0.0.1").withPort(0));
    this.api = new Api("http://127.0.0.1:" + server.port());
  }

  /** A server over a new SQLite file in {@code dir}. */
  static TestServer sqlite(Path dir) {
    return sqlite(dir, ServerOptions.defaults());
  }

  static TestServer sqlite(Path dir, ServerOptions options) {
    return new TestServer(JdbcStores.sqlite(dir.resolve("test.db")), dir, options, IngestLimits.DEFAULT);
  }

  /**
   * A server over a new SQLite file in {@code dir}, configured as {@link Main} would be by these
   * command-line arguments (limits included); always on loopback and a random port.
   */
  static TestServer sqliteWithArgs(Path dir, String... args) {
    CommandLine cli = CommandLine.parse(args);
    return new TestServer(JdbcStores.sqlite(dir.resolve("test.db")), dir, cli.serverOptions(List.of()),
        cli.ingestLimits());
  }

  /**
   * A server over a new SQLite file in {@code dir} with the local model as suggester {@code local}, as {@link Main}
   * configures it (the model is loaded once for all tests).
   */
  static TestServer sqliteWithLocalModel(Path dir) {
    return new TestServer(LocalModel.SUGGESTERS.addTo(CollectLite.builder().store(JdbcStores.sqlite(dir.resolve("test.db")))
        .exportDirectory(dir.resolve("exports")), java.util.Map.of()), ServerOptions.defaults());
  }

  /** The local model, loaded on first use once per test JVM and never closed (its native session lives as long). */
  private static final class LocalModel {
    static final Suggesters SUGGESTERS = Suggesters.load(true, java.util.Map.of());
  }

  /** A server over any store; exports go under {@code dir}. */
  static TestServer over(Store store, Path dir) {
    return new TestServer(store, dir, ServerOptions.defaults(), IngestLimits.DEFAULT);
  }

  /** Creates a user straight through the facade (the API has no sign-up) and returns their token. */
  String token(String name) {
    IssuedUser user = lite.createUser(name);
    return user.token();
  }

  long userId(String token) {
    return lite.authenticate(token).id();
  }

  @Override
  public void close() {
    server.stop();
    lite.close();
  }
}
