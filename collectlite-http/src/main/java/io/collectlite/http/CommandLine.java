package io.collectlite.http;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The parsed arguments of {@link Main}.
 *
 * @param db a JDBC URL; empty for SQLite at {@code <dataDir>/collectlite.db}
 */
record CommandLine(boolean demo, Optional<String> db, int port, Path dataDir, String host, boolean help) {
  static final String USAGE = String.join("\n",
      "usage: java -jar collectlite-server.jar [--demo] [--db JDBC_URL] [--port N] [--data-dir DIR] [--host HOST]",
      "  --demo          create the demo users and project (idempotent) and print their tokens",
      "  --db URL        jdbc:sqlite:<file> or jdbc:postgresql://host:port/db?user=..&password=..",
      "                  (default: SQLite at <data-dir>/collectlite.db)",
      "  --port N        TCP port (default 7070; 0 picks a free one)",
      "  --data-dir DIR  where the SQLite file and exports live (default collectlite-data)",
      "  --host HOST     interface to bind (default 0.0.0.0)");

  /** Parses the arguments; throws {@link IllegalArgumentException} naming the bad one. */
  static CommandLine parse(String... args) {
    boolean demo = false;
    boolean help = false;
    Optional<String> db = Optional.empty();
    int port = ServerOptions.DEFAULT_PORT;
    Path dataDir = Path.of("collectlite-data");
    String host = "0.0.0.0";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> help = true;
        case "--db" -> db = Optional.of(value(args, ++i, "--db"));
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--host" -> host = value(args, ++i, "--host");
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    return new CommandLine(demo, db, port, dataDir, host, help);
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
