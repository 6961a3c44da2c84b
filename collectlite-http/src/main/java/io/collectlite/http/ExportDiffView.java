package io.collectlite.http;

import io.collectlite.export.ExportDiff;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What changed between two export versions, by example id: final labels, and the latest model
 * suggestion ({@code suggestion_changed}); the lists hold at most 1,000 ids each, the counts are complete.
 */
record ExportDiffView(@OpenApiRequired ExportManifest from, @OpenApiRequired ExportManifest to,
    @OpenApiRequired long added_count, @OpenApiRequired long removed_count, @OpenApiRequired long changed_count,
    @OpenApiRequired long unchanged_count, @OpenApiRequired List<String> added, @OpenApiRequired List<String> removed,
    @OpenApiRequired List<LabelChangeView> changed, @OpenApiRequired long suggestion_changed_count,
    @OpenApiRequired List<SuggestionChangeView> suggestion_changed) {
  static ExportDiffView of(ExportDiff d) {
    return new ExportDiffView(ExportManifest.of(d.from()), ExportManifest.of(d.to()), d.addedCount(),
        d.removedCount(), d.changedCount(), d.unchanged(), d.added(), d.removed(),
        d.changed().stream().map(c -> new LabelChangeView(c.exampleId(), c.fromLabel(), c.toLabel())).toList(),
        d.suggestionChangedCount(), d.suggestionChanged().stream()
            .map(c -> new SuggestionChangeView(c.exampleId(), c.fromSuggestion(), c.toSuggestion())).toList());
  }

  /** One example whose final label differs. */
  record LabelChangeView(@OpenApiRequired String example_id, @OpenApiRequired String from_label,
      @OpenApiRequired String to_label) {}

  /**
   * One example whose latest model suggestion differs, each side as {@code provider/model (prompt version): label
   * at created time}; empty for a side without one.
   */
  record SuggestionChangeView(@OpenApiRequired String example_id, @OpenApiRequired String from_suggestion,
      @OpenApiRequired String to_suggestion) {}
}
