package io.collectlite.http;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsed arguments of {@link Main}.
 *
 * @param db a JDBC URL; empty for SQLite at {@code <dataDir>/collectlite.db}
 * @param explicitHost the {@code --host} value; empty when not given
 */
record CommandLine(boolean demo, Optional<String> db, int port, Path dataDir, Optional<String> explicitHost,
    boolean help) {
  /** Where the server listens unless {@code --host} says otherwise. */
  static final String ALL_INTERFACES = "0.0.0.0";
  /** Where a demo server listens unless {@code --host} says otherwise: its tokens are public. */
  static final String LOOPBACK = "127.0.0.1";

  static final String USAGE = String.join("\n",
      "usage: java -jar collectlite-server.jar [--demo] [--db JDBC_URL] [--port N] [--data-dir DIR] [--host HOST]",
      "  --demo          create the demo users and project (idempotent) and print their tokens",
      "  --db URL        jdbc:sqlite:<file> or jdbc:postgresql://host:port/db?user=..&password=..",
      "                  (default: SQLite at <data-dir>/collectlite.db)",
      "  --port N        TCP port (default 7070; 0 picks a free one)",
      "  --data-dir DIR  where the SQLite file and exports live (default collectlite-data)",
      "  --host HOST     interface to bind (default 0.0.0.0; 127.0.0.1 with --demo, whose tokens",
      "                  anyone who can reach the server may read)");

  /** Parses the arguments; throws {@link IllegalArgumentException} naming the bad one. */
  static CommandLine parse(String... args) {
    boolean demo = false;
    boolean help = false;
    Optional<String> db = Optional.empty();
    int port = ServerOptions.DEFAULT_PORT;
    Path dataDir = Path.of("collectlite-data");
    Optional<String> host = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> help = true;
        case "--db" -> db = Optional.of(value(args, ++i, "--db"));
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--host" -> host = Optional.of(value(args, ++i, "--host"));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    return new CommandLine(demo, db, port, dataDir, host, help);
  }

  /** The interface to bind: {@code --host}, else loopback in demo mode and all interfaces otherwise. */
  String host() {
    return explicitHost.orElse(demo ? LOOPBACK : ALL_INTERFACES);
  }

  /**
   * A warning for the operator when demo mode listens beyond this machine, where anyone who can
   * reach it may read the owner's token from {@code GET /api/demo/users}; empty otherwise.
   */
  Optional<String> exposureWarning() {
    if (!demo || Hosts.isLoopback(host())) return Optional.empty();
    return Optional.of("WARNING: demo mode on " + host() + " hands every demo token, the owner's included, "
        + "to anyone who can reach this server (GET /api/demo/users); use --host 127.0.0.1 unless that is intended");
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(flag + " needs a value");
    return args[i];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) return port;
    } catch (NumberFormatException e) {
      // fall through to the shared message
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + text + "'");
  }
}
