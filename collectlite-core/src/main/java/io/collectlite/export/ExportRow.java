package io.collectlite.export;

import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task as a store streams it for export, before the split and the file format are applied.
 *
 * @param finalLabel the reviewer's label when {@code reviewerOverride}, else the consensus label;
 *     empty for a task without a final label (only in an export of {@link TaskFilter#ALL all} tasks)
 * @param templateVersion the template (instructions and labels) version the task was made under
 * @param resolvedAt empty exactly when {@code finalLabel} is
 * @param annotations the task's raw annotations, oldest first; empty unless the export includes them
 * @param splitKey what the split is drawn from: the example id, or the id of the earlier example it is a near-duplicate
 *     of (see {@link io.collectlite.ingest.NearDuplicates})
 * @param suggestions the example's latest model suggestion of each provider and model, newest first (so the
 *     first is the example's latest suggestion overall); empty when no model suggested a label
 */
public record ExportRow(long taskId, String exampleId, String fieldsJson, Optional<String> finalLabel,
    double consensusScore, String consensusMethod, int numAnnotations, boolean reviewerOverride, int templateVersion,
    TaskState state, Instant ingestedAt, Optional<Instant> resolvedAt, List<ExportAnnotation> annotations,
    String splitKey, List<ModelSuggestion> suggestions) {
  public ExportRow {
    Objects.requireNonNull(splitKey, "splitKey");
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
    Objects.requireNonNull(finalLabel, "finalLabel");
    Objects.requireNonNull(consensusMethod, "consensusMethod");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    annotations = List.copyOf(annotations);
    suggestions = List.copyOf(suggestions);
  }

  /** A row without model suggestions. */
  public ExportRow(long taskId, String exampleId, String fieldsJson, Optional<String> finalLabel,
      double consensusScore, String consensusMethod, int numAnnotations, boolean reviewerOverride, int templateVersion,
      TaskState state, Instant ingestedAt, Optional<Instant> resolvedAt, List<ExportAnnotation> annotations,
      String splitKey) {
    this(taskId, exampleId, fieldsJson, finalLabel, consensusScore, consensusMethod, numAnnotations, reviewerOverride,
        templateVersion, state, ingestedAt, resolvedAt, annotations, splitKey, List.of());
  }

  /** An exported task with a final label and no annotations attached. */
  public ExportRow(long taskId, String exampleId, String fieldsJson, String finalLabel, double consensusScore,
      String consensusMethod, int numAnnotations, boolean reviewerOverride, int templateVersion, Instant ingestedAt,
      Instant resolvedAt) {
    this(taskId, exampleId, fieldsJson, Optional.of(finalLabel), consensusScore, consensusMethod, numAnnotations,
        reviewerOverride, templateVersion, TaskState.EXPORTED, ingestedAt, Optional.of(resolvedAt), List.of(),
        exampleId);
  }

  /** A row split by its own example id. */
  public ExportRow(long taskId, String exampleId, String fieldsJson, Optional<String> finalLabel,
      double consensusScore, String consensusMethod, int numAnnotations, boolean reviewerOverride, int templateVersion,
      TaskState state, Instant ingestedAt, Optional<Instant> resolvedAt, List<ExportAnnotation> annotations) {
    this(taskId, exampleId, fieldsJson, finalLabel, consensusScore, consensusMethod, numAnnotations, reviewerOverride,
        templateVersion, state, ingestedAt, resolvedAt, annotations, exampleId);
  }

  /** The same row with these annotations. */
  public ExportRow withAnnotations(List<ExportAnnotation> taskAnnotations) {
    return new ExportRow(taskId, exampleId, fieldsJson, finalLabel, consensusScore, consensusMethod, numAnnotations,
        reviewerOverride, templateVersion, state, ingestedAt, resolvedAt, taskAnnotations, splitKey, suggestions);
  }

  /** The same row with these suggestions (newest first, one per provider and model). */
  public ExportRow withSuggestions(List<ModelSuggestion> latestPerModel) {
    return new ExportRow(taskId, exampleId, fieldsJson, finalLabel, consensusScore, consensusMethod, numAnnotations,
        reviewerOverride, templateVersion, state, ingestedAt, resolvedAt, annotations, splitKey, latestPerModel);
  }

  /** The example's latest suggestion of any provider and model. */
  public Optional<ModelSuggestion> latestSuggestion() {
    return suggestions.isEmpty() ? Optional.empty() : Optional.of(suggestions.get(0));
  }
}
