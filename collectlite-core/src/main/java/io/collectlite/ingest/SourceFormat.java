package io.collectlite.ingest;

import io.collectlite.error.ValidationException;
import java.util.Locale;

/** The file formats an upload may have. */
public enum SourceFormat {
  /** One JSON object per line; blank lines are ignored. */
  JSONL,
  /** Comma-separated values with a header row (RFC 4180 quoting). */
  CSV;

  /** Picks the format from a file name's extension ({@code .jsonl}, {@code .ndjson}, {@code .json}, {@code .csv}). */
  public static SourceFormat fromFileName(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return JSONL;
    if (lower.endsWith(".csv")) return CSV;
    throw ValidationException.field("file", "'" + fileName + "' is neither .jsonl nor .csv");
  }
}
