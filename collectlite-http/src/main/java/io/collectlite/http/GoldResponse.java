package io.collectlite.http;

import io.collectlite.gold.GoldReport;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What a gold upload stored.
 *
 * @param added tasks that became gold
 * @param replaced gold tasks whose answer changed
 * @param rejected lines refused in lenient mode, each with its line, field and reason
 */
record GoldResponse(@OpenApiRequired int added, @OpenApiRequired int replaced,
    @OpenApiRequired List<ProblemView> rejected) {
  static GoldResponse of(GoldReport r) {
    return new GoldResponse(r.added(), r.replaced(), r.refused().stream().map(ProblemView::of).toList());
  }
}
