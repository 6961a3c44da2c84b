package io.collectlite.onnx.internal;

import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.suggestion.TextEmbedder;
import io.collectlite.template.LabelOption;
import io.collectlite.template.OrdinalScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Grades query–document pairs by the cosine of their embeddings. */
public final class RelevanceSuggestions {
  private RelevanceSuggestions() {}

  /**
   * One outcome per request: the grade of its query–document cosine on a three-grade scale (lowest first). Queries
   * and documents are embedded in one call, each distinct text once.
   */
  public static List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, OrdinalScale scale,
      TextEmbedder embedder, RelevanceGrading grading) {
    List<String> texts = new ArrayList<>(requests.size() * 2);
    for (SuggestionRequest request : requests) {
      if (problem(request).isEmpty()) {
        texts.add(request.field("query"));
        texts.add(request.field("document"));
      }
    }
    List<float[]> vectors = embedder.embed(texts);
    List<String> values = scale.options().stream().map(LabelOption::value).toList();
    List<SuggestionOutcome> outcomes = new ArrayList<>(requests.size());
    int next = 0;
    for (SuggestionRequest request : requests) {
      Optional<String> problem = problem(request);
      if (problem.isPresent()) {
        outcomes.add(new SuggestionOutcome.Failed(problem.get()));
        continue;
      }
      double cosine = MeanPooling.dot(vectors.get(next), vectors.get(next + 1));
      next += 2;
      int grade = grading.grade(cosine);
      double[] distribution = grading.distribution(cosine);
      outcomes.add(Outcomes.suggested(values.get(grade), cosine, distribution[grade], values, distribution,
          "query-document cosine " + Numbers.score(cosine) + " (" + values.get(1) + " from "
              + Numbers.setting(grading.partial()) + ", " + values.get(2) + " from " + Numbers.setting(grading.high())
              + ")"));
    }
    return outcomes;
  }

  private static Optional<String> problem(SuggestionRequest request) {
    if (request.field("query").isBlank()) return Optional.of("the row has no query to compare the document with");
    if (request.field("document").isBlank()) return Optional.of("the row has no document to compare the query with");
    return Optional.empty();
  }
}
