package io.collectlite.http;

import io.collectlite.export.ExportDiff;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What changed between two export versions, by example id; the lists hold at most 1,000 ids each,
 * the counts are complete.
 */
record ExportDiffView(@OpenApiRequired ExportManifest from, @OpenApiRequired ExportManifest to,
    @OpenApiRequired long added_count, @OpenApiRequired long removed_count, @OpenApiRequired long changed_count,
    @OpenApiRequired long unchanged_count, @OpenApiRequired List<String> added, @OpenApiRequired List<String> removed,
    @OpenApiRequired List<LabelChangeView> changed) {
  static ExportDiffView of(ExportDiff d) {
    return new ExportDiffView(ExportManifest.of(d.from()), ExportManifest.of(d.to()), d.addedCount(),
        d.removedCount(), d.changedCount(), d.unchanged(), d.added(), d.removed(),
        d.changed().stream().map(c -> new LabelChangeView(c.exampleId(), c.fromLabel(), c.toLabel())).toList());
  }

  /** One example whose final label differs. */
  record LabelChangeView(@OpenApiRequired String example_id, @OpenApiRequired String from_label,
      @OpenApiRequired String to_label) {}
}
