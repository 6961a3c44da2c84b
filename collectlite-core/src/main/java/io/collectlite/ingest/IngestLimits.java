package io.collectlite.ingest;

/**
 * Size limits an upload must respect.
 *
 * @param maxFileBytes the largest file accepted, in bytes; a larger one is refused as too large
 *     (HTTP 413) while it is read, before it is stored
 * @param maxFieldChars the longest text value of one field, in characters; a longer one refuses
 *     its row, naming the line and field
 */
public record IngestLimits(long maxFileBytes, int maxFieldChars) {
  /** 2 GiB per file, 100,000 characters per field. */
  public static final IngestLimits DEFAULT = new IngestLimits(2L << 30, 100_000);

  public IngestLimits {
    if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be positive");
    if (maxFieldChars < 1) throw new IllegalArgumentException("maxFieldChars must be positive");
  }
}
