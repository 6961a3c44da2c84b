package io.collectlite.http;

/** Human-readable byte sizes for messages. */
final class Sizes {
  private static final long MB = 1024L * 1024;

  private Sizes() {}

  /** E.g. {@code 100 MB}, or the byte count when it is not a whole number of megabytes. */
  static String describe(long bytes) {
    return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
  }
}
