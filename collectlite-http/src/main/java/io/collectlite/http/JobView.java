package io.collectlite.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.job.Job;
import io.collectlite.suggestion.SuggestionFailure;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;
import java.time.Instant;
import java.util.List;

/**
 * A background job and its progress.
 *
 * @param status queued, running, done or failed
 * @param total examples to do (known once running); {@code processed} of them are done either way
 * @param skipped examples the same model already suggested for under the same prompt version (a near-duplicate
 *     check: examples already exported)
 * @param suggested examples suggested for (a near-duplicate check: examples checked)
 * @param found near-duplicates a check found (0 for suggestion runs)
 * @param failures the first recorded failures, with their error (in a job's own view only)
 */
record JobView(@OpenApiRequired long id, @OpenApiRequired long project_id, @OpenApiRequired String kind,
    @OpenApiRequired String status, @OpenApiRequired String suggester, @OpenApiRequired String provider, @OpenApiRequired String model,
    @OpenApiRequired String prompt_version, @OpenApiRequired int total, @OpenApiRequired int processed,
    @OpenApiRequired int suggested, @OpenApiRequired int failed, @OpenApiRequired int skipped, @OpenApiRequired int found,
    @OpenApiRequired String error, @OpenApiRequired Instant created_at,
    @OpenApiDescription("null until it starts") Instant started_at,
    @OpenApiDescription("null until it ends") Instant finished_at, @OpenApiRequired List<FailureView> failures) {

  static JobView of(Job job, List<SuggestionFailure> failures) {
    JsonNode detail = detail(job.detail());
    return new JobView(job.id(), job.projectId(), job.kind(), job.status().wire(), detail.path("suggester").asText(""),
        detail.path("provider").asText(""),
        detail.path("model").asText(""), detail.path("prompt_version").asText(""), job.total(), job.processed(),
        job.suggested(), job.failed(), job.skipped(), job.found(), job.error(), job.createdAt(), job.startedAt().orElse(null),
        job.finishedAt().orElse(null), failures.stream().map(FailureView::of).toList());
  }

  static JobView of(Job job) {
    return of(job, List.of());
  }

  private static JsonNode detail(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return Json.MAPPER.createObjectNode();
    }
  }

  /** One example the model could not answer. */
  record FailureView(@OpenApiRequired String example_id, @OpenApiRequired String error, @OpenApiRequired int attempts,
      @OpenApiRequired Instant created_at) {
    static FailureView of(SuggestionFailure f) {
      return new FailureView(f.exampleId(), f.error(), f.attempts(), f.createdAt());
    }
  }
}
