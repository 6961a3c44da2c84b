package io.collectlite.export;

import java.util.Objects;

/**
 * What an export holds besides the final labels.
 *
 * @param tasks which tasks: only those with a final label, or all
 * @param includeAnnotations whether each record lists its task's raw annotations, the annotators
 *     replaced by a per-project pseudonym (never their name or id)
 */
public record ExportOptions(TaskFilter tasks, boolean includeAnnotations) {
  /** Resolved tasks, no raw annotations. */
  public static final ExportOptions DEFAULT = new ExportOptions(TaskFilter.RESOLVED, false);

  public ExportOptions {
    Objects.requireNonNull(tasks, "tasks");
  }
}
