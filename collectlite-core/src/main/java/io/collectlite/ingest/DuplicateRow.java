package io.collectlite.ingest;

import java.util.Objects;

/** A row skipped because an example with the same content already exists (in the file or the project). */
public record DuplicateRow(int line, String exampleId, String reason) {
  public DuplicateRow {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(reason, "reason");
  }
}
