package io.collectlite.export;

import java.util.List;
import java.util.Objects;

/**
 * What changed between two export versions of a project, by example id.
 *
 * @param added examples in {@code to} but not in {@code from} (the first {@value #MAX_LISTED})
 * @param removed examples in {@code from} but not in {@code to} (the first {@value #MAX_LISTED})
 * @param changed examples in both whose final label differs (the first {@value #MAX_LISTED})
 * @param unchanged how many examples are in both with the same final label
 */
public record ExportDiff(ExportInfo from, ExportInfo to, long addedCount, long removedCount, long changedCount,
    long unchanged, List<String> added, List<String> removed, List<LabelChange> changed) {
  /** Most example ids listed per kind of change; the counts are always complete. */
  public static final int MAX_LISTED = 1_000;

  public ExportDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** One example whose final label differs between the two versions. */
  public record LabelChange(String exampleId, String fromLabel, String toLabel) {
    public LabelChange {
      Objects.requireNonNull(exampleId, "exampleId");
      Objects.requireNonNull(fromLabel, "fromLabel");
      Objects.requireNonNull(toLabel, "toLabel");
    }
  }
}
