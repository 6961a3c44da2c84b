package io.collectlite.export;

import java.util.Objects;

/** What writing an export's file produced: how many records, the bytes' SHA-256, and where it is. */
public record WrittenExport(long recordCount, String sha256, String location) {
  public WrittenExport {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(location, "location");
  }
}
