package io.collectlite.export;

import java.util.List;
import java.util.Objects;

/**
 * What writing an export's file produced: how many records, the bytes' SHA-256, where it is, and
 * the template versions its records were made under (ascending, distinct).
 */
public record WrittenExport(long recordCount, String sha256, String location, List<Integer> templateVersions) {
  public WrittenExport {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(location, "location");
    templateVersions = List.copyOf(templateVersions);
  }
}
