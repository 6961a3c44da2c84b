package io.collectlite.http;

import io.collectlite.CollectLite;
import io.collectlite.jdbc.JdbcStores;
import io.collectlite.store.Store;
import java.util.List;

/**
 * Runs the reference server from the command line:
 * {@code java -jar collectlite-server.jar [--demo] [--db JDBC_URL] [--port N] [--data-dir DIR] [--host HOST]
 * [--max-upload-mb N] [--max-field-chars N]}.
 * The startup banner goes to standard output, a warning about a demo server reachable from other
 * machines to standard error; everything else is logged.
 */
public final class Main {
  private Main() {}

  /** Starts the server and keeps it running until the JVM is stopped. */
  public static void main(String[] args) {
    CommandLine cli;
    try {
      cli = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (cli.help()) {
      System.out.println(CommandLine.USAGE);
      return;
    }
    run(cli);
  }

  private static void run(CommandLine cli) {
    Store store = cli.db().map(JdbcStores::open)
        .orElseGet(() -> JdbcStores.sqlite(cli.dataDir().resolve("collectlite.db")));
    Suggesters suggesters = Suggesters.load(true, System.getenv());
    CollectLite lite = suggesters.addTo(CollectLite.builder().store(store)
        .exportDirectory(cli.dataDir().resolve("exports")).ingestLimits(cli.ingestLimits()), System.getenv()).build();
    List<DemoUser> demoUsers = cli.demo() ? DemoSetup.ensure(lite, suggesters.relevance()) : List.of();
    CollectLiteServer server = CollectLiteServer.start(lite, cli.serverOptions(demoUsers));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      lite.close();
      suggesters.close();
    }, "collectlite-shutdown"));
    banner(server.port(), cli, demoUsers);
    cli.exposureWarning().ifPresent(System.err::println);
  }

  private static void banner(int port, CommandLine cli, List<DemoUser> demoUsers) {
    String url = "http://localhost:" + port + "/";
    System.out.println("CollectLite is running at " + url);
    System.out.println("  API:     " + url + "api   (OpenAPI: " + url + "openapi.json)");
    System.out.println("  storage: " + cli.db().map(Main::redact).orElse(
        cli.dataDir().resolve("collectlite.db").toAbsolutePath().toString()));
    if (!demoUsers.isEmpty()) {
      System.out.println("  demo users (tokens rotate at every start):");
      for (DemoUser u : demoUsers) {
        System.out.printf("    %-6s %-10s %s%n", u.name(), u.role(), u.token());
      }
      System.out.println("  try: curl -H 'Authorization: Bearer " + demoUsers.get(0).token() + "' " + url + "api/projects");
    }
  }

  private static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
