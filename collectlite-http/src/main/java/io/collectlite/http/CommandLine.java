package io.collectlite.http;

import io.collectlite.ingest.IngestLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parsed arguments of {@link Main}.
 *
 * @param db a JDBC URL; empty for SQLite at {@code <dataDir>/collectlite.db}
 * @param explicitHost the {@code --host} value; empty when not given
 * @param maxUploadBytes the {@code --max-upload-mb} value, in bytes
 * @param maxFieldChars the {@code --max-field-chars} value
 */
record CommandLine(boolean demo, Optional<String> db, int port, Path dataDir, Optional<String> explicitHost,
    long maxUploadBytes, int maxFieldChars, boolean help) {
  /** Where the server listens unless {@code --host} says otherwise. */
  static final String ALL_INTERFACES = "0.0.0.0";
  /** Where a demo server listens unless {@code --host} says otherwise: its tokens are public. */
  static final String LOOPBACK = "127.0.0.1";
  private static final long MB = 1024L * 1024;
  /** The default of {@code --max-upload-mb}. */
  static final int DEFAULT_MAX_UPLOAD_MB = (int) (ServerOptions.DEFAULT_MAX_UPLOAD_BYTES / MB);
  /** The default of {@code --max-field-chars}. */
  static final int DEFAULT_MAX_FIELD_CHARS = 100_000;

  static final String USAGE = String.join("\n",
      "usage: java -jar collectlite-server.jar [--demo] [--db JDBC_URL] [--port N] [--data-dir DIR] [--host HOST]",
      "                                        [--max-upload-mb N] [--max-field-chars N]",
      "  --demo          create the demo users and project (idempotent) and print their tokens",
      "  --db URL        jdbc:sqlite:<file> or jdbc:postgresql://host:port/db?user=..&password=..",
      "                  (default: SQLite at <data-dir>/collectlite.db)",
      "  --port N        TCP port (default 7070; 0 picks a free one)",
      "  --data-dir DIR  where the SQLite file, exports and uploads in progress live (default collectlite-data)",
      "  --host HOST     interface to bind (default 0.0.0.0; 127.0.0.1 with --demo, whose tokens",
      "                  anyone who can reach the server may read)",
      "  --max-upload-mb N    largest dataset file accepted, in MB (default 100); larger ones get 413",
      "  --max-field-chars N  longest value of one field of an uploaded row, in characters",
      "                       (default 100000); a longer one refuses its row");

  /** Parses the arguments; throws {@link IllegalArgumentException} naming the bad one. */
  static CommandLine parse(String... args) {
    boolean demo = false;
    boolean help = false;
    Optional<String> db = Optional.empty();
    int port = ServerOptions.DEFAULT_PORT;
    Path dataDir = Path.of("collectlite-data");
    Optional<String> host = Optional.empty();
    long maxUploadBytes = DEFAULT_MAX_UPLOAD_MB * MB;
    int maxFieldChars = DEFAULT_MAX_FIELD_CHARS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> help = true;
        case "--db" -> db = Optional.of(value(args, ++i, "--db"));
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--host" -> host = Optional.of(value(args, ++i, "--host"));
        case "--max-upload-mb" -> maxUploadBytes = positive(value(args, ++i, "--max-upload-mb"), "--max-upload-mb",
            "a whole number of megabytes") * MB;
        case "--max-field-chars" -> maxFieldChars = positive(value(args, ++i, "--max-field-chars"),
            "--max-field-chars", "a whole number of characters");
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    return new CommandLine(demo, db, port, dataDir, host, maxUploadBytes, maxFieldChars, help);
  }

  /** The facade's upload limits: {@code --max-upload-mb} per file, {@code --max-field-chars} per field. */
  IngestLimits ingestLimits() {
    return new IngestLimits(maxUploadBytes, maxFieldChars);
  }

  /**
   * The server's options: host, port, the same per-file limit as {@link #ingestLimits()}, and
   * uploads spooled under {@code <data-dir>/tmp/uploads}.
   */
  ServerOptions serverOptions(List<DemoUser> demoUsers) {
    return ServerOptions.defaults().withHost(host()).withPort(port).withMaxUploadBytes(maxUploadBytes)
        .withDemoUsers(demoUsers).withUploadDirectory(dataDir.resolve("tmp").resolve("uploads"));
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

  private static int positive(String text, String flag, String what) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // fall through to the shared message
    }
    throw new IllegalArgumentException(flag + " must be " + what + " from 1 to " + Integer.MAX_VALUE + ", not '"
        + text + "'");
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
