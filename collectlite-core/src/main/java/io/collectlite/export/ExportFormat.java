package io.collectlite.export;

import io.collectlite.error.ValidationException;
import java.util.Locale;

/** The file formats an export can have. */
public enum ExportFormat {
  /** One JSON object per line. */
  JSONL("jsonl", "application/x-ndjson"),
  /** RFC 4180 CSV with a header row; nested values flattened to dotted columns. */
  CSV("csv", "text/csv");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file extension, without a dot. */
  public String extension() {
    return extension;
  }

  /** The HTTP media type of a download. */
  public String mediaType() {
    return mediaType;
  }

  /** The lower-case name used in JSON and the database. */
  public String wire() {
    return extension;
  }

  /** Parses {@code jsonl} or {@code csv}. */
  public static ExportFormat fromWire(String value) {
    for (ExportFormat f : values()) if (f.extension.equalsIgnoreCase(value == null ? "" : value.trim())) return f;
    throw ValidationException.field("format", "must be jsonl or csv");
  }
}
