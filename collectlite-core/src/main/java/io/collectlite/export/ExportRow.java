package io.collectlite.export;

import java.time.Instant;
import java.util.Objects;

/**
 * One resolved task as a store streams it for export, before the split and the file format are
 * applied.
 *
 * @param finalLabel the reviewer's label when {@code reviewerOverride}, else the consensus label
 * @param templateVersion the template (instructions and labels) version the task was made under
 */
public record ExportRow(long taskId, String exampleId, String fieldsJson, String finalLabel, double consensusScore,
    String consensusMethod, int numAnnotations, boolean reviewerOverride, int templateVersion,
    Instant ingestedAt, Instant resolvedAt) {
  public ExportRow {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
    Objects.requireNonNull(finalLabel, "finalLabel");
    Objects.requireNonNull(consensusMethod, "consensusMethod");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
  }
}
