package io.collectlite.export;

import java.util.List;
import java.util.Objects;

/**
 * What changed between two export versions of a project, by example id.
 *
 * @param added examples in {@code to} but not in {@code from} (the first {@value #MAX_LISTED})
 * @param removed examples in {@code from} but not in {@code to} (the first {@value #MAX_LISTED})
 * @param changed examples in both whose final label differs (the first {@value #MAX_LISTED})
 * @param unchanged how many examples are in both with the same final label and the same latest model suggestion
 * @param suggestionChangedCount how many examples are in both whose latest model suggestion differs (one
 *     added, removed, or different in any field), whether or not their final label changed too
 * @param suggestionChanged those examples (the first {@value #MAX_LISTED})
 */
public record ExportDiff(ExportInfo from, ExportInfo to, long addedCount, long removedCount, long changedCount,
    long unchanged, List<String> added, List<String> removed, List<LabelChange> changed, long suggestionChangedCount,
    List<SuggestionChange> suggestionChanged) {
  /** Most example ids listed per kind of change; the counts are always complete. */
  public static final int MAX_LISTED = 1_000;

  public ExportDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    suggestionChanged = List.copyOf(suggestionChanged);
  }

  /** One example whose final label differs between the two versions. */
  public record LabelChange(String exampleId, String fromLabel, String toLabel) {
    public LabelChange {
      Objects.requireNonNull(exampleId, "exampleId");
      Objects.requireNonNull(fromLabel, "fromLabel");
      Objects.requireNonNull(toLabel, "toLabel");
    }
  }

  /**
   * One example whose latest model suggestion differs between the two versions, each side summed up as
   * {@code provider/model (prompt version): label at created time}; empty for a side without one.
   */
  public record SuggestionChange(String exampleId, String fromSuggestion, String toSuggestion) {
    public SuggestionChange {
      Objects.requireNonNull(exampleId, "exampleId");
      Objects.requireNonNull(fromSuggestion, "fromSuggestion");
      Objects.requireNonNull(toSuggestion, "toSuggestion");
    }
  }
}
