package io.collectlite.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link CollectLiteServer} listens and what it accepts.
 *
 * @param host the interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the TCP port; 0 picks a free one (read it back with {@link CollectLiteServer#port()})
 * @param maxUploadBytes largest dataset file accepted, in bytes; a larger one gets 413. Give the
 *     facade the same figure as {@link io.collectlite.ingest.IngestLimits#maxFileBytes()} (the
 *     command line does) so both refuse the same files
 * @param demoUsers the demo accounts {@code GET /api/demo/users} reveals; empty outside demo mode,
 *     which makes that endpoint answer 404
 * @param uploadDirectory where uploads larger than 1 MB are spooled while their request runs; each
 *     server owns a sub-directory of it, deleted on stop, and at start deletes what servers that
 *     were killed left there (servers running meanwhile keep theirs)
 */
public record ServerOptions(String host, int port, long maxUploadBytes, List<DemoUser> demoUsers,
    Path uploadDirectory) {
  /** The default port of the reference server. */
  public static final int DEFAULT_PORT = 7070;
  /** The default upload limit: 100 MB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
  /** What a multipart request may carry beyond its file: boundaries, part headers, other parts. */
  static final long MULTIPART_OVERHEAD_BYTES = 1024L * 1024;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be within 0..65535");
    if (maxUploadBytes < 1) throw new IllegalArgumentException("maxUploadBytes must be positive");
    demoUsers = List.copyOf(demoUsers);
    Objects.requireNonNull(uploadDirectory, "uploadDirectory");
  }

  /**
   * All interfaces, port 7070, 100 MB uploads, no demo users, uploads spooled under
   * {@code collectlite-uploads} in the system's temporary directory.
   */
  public static ServerOptions defaults() {
    return new ServerOptions("0.0.0.0", DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, List.of(),
        Path.of(System.getProperty("java.io.tmpdir"), "collectlite-uploads"));
  }

  /** The same options on another port (0 for a random free one). */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, maxUploadBytes, demoUsers, uploadDirectory);
  }

  /** The same options bound to another interface. */
  public ServerOptions withHost(String newHost) {
    return new ServerOptions(newHost, port, maxUploadBytes, demoUsers, uploadDirectory);
  }

  /** The same options with another upload limit, in bytes. */
  public ServerOptions withMaxUploadBytes(long newLimit) {
    return new ServerOptions(host, port, newLimit, demoUsers, uploadDirectory);
  }

  /**
   * The same options in demo mode, revealing these accounts and their tokens to anyone who can
   * reach the server: bind a loopback host unless that is intended (the server logs a warning).
   */
  public ServerOptions withDemoUsers(List<DemoUser> users) {
    return new ServerOptions(host, port, maxUploadBytes, users, uploadDirectory);
  }

  /** The same options spooling uploads under another directory (see {@link #uploadDirectory()}). */
  public ServerOptions withUploadDirectory(Path directory) {
    return new ServerOptions(host, port, maxUploadBytes, demoUsers, directory);
  }

  /** The largest multipart request accepted: the file limit plus {@link #MULTIPART_OVERHEAD_BYTES}. */
  long maxRequestBytes() {
    return maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
  }

  /** Whether the server runs in demo mode. */
  public boolean demo() {
    return !demoUsers.isEmpty();
  }
}
