package io.collectlite.http;

import io.collectlite.review.ReviewItem;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;
import java.util.Map;

/** A contested task as a reviewer sees it: the example, the engine's proposal and every annotation. */
record ReviewItemView(@OpenApiRequired long task_id, @OpenApiRequired String example_id,
    @OpenApiRequired Map<String, String> fields, @OpenApiRequired ConsensusView consensus,
    @OpenApiRequired List<AnnotationView> annotations, @OpenApiRequired List<SuggestionView> suggestions) {
  static ReviewItemView of(ReviewItem item) {
    return new ReviewItemView(item.task().id(), item.task().exampleId(), Json.fields(item.task().fieldsJson()),
        ConsensusView.of(item.consensus()), item.annotations().stream().map(AnnotationView::of).toList(),
        item.suggestions().stream().map(SuggestionView::of).toList());
  }
}
