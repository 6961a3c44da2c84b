package io.collectlite.ingest;

import java.util.Objects;

/**
 * One validated, normalised source example, ready to store.
 *
 * @param line the 1-based line (JSONL) or record line (CSV) of the file it came from
 * @param exampleId the canonical id: the row's {@code id} (with a suffix when a row expands into
 *     several examples), else derived from the content hash
 * @param fieldsJson the example's fields as canonical JSON (keys sorted, no insignificant space)
 * @param sourceHash SHA-256 (hex) of {@code fieldsJson}
 * @param gold the row's gold answer (its {@code gold} column, checked against the schema and kept out
 *     of {@code fieldsJson}, so annotators never see it)
 */
public record SourceRow(int line, String exampleId, String fieldsJson, String sourceHash,
    java.util.Optional<io.collectlite.template.Answers> gold) {
  /** A row without a gold answer. */
  public SourceRow(int line, String exampleId, String fieldsJson, String sourceHash) {
    this(line, exampleId, fieldsJson, sourceHash, java.util.Optional.empty());
  }

  public SourceRow {
    Objects.requireNonNull(gold, "gold");
    if (line < 1) throw new IllegalArgumentException("line must be >= 1");
    if (exampleId == null || exampleId.isBlank()) throw new IllegalArgumentException("exampleId is required");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
    if (sourceHash == null || sourceHash.length() != 64) throw new IllegalArgumentException("sourceHash must be SHA-256 hex");
  }
}
