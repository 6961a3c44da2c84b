package io.collectlite.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A background job and its progress: a suggestion run over a project's examples.
 *
 * @param kind what it runs ({@code suggest})
 * @param detail what it runs with, as JSON text (provider, model, prompt version)
 * @param total the examples it has to do (known once running)
 * @param suggested examples that received a suggestion
 * @param failed examples the model could not answer after the last try (recorded with their error)
 * @param skipped examples already suggested by the same model under the same prompt version (for a near-duplicate
 *     check: examples already exported, whose split stays)
 * @param found what a check found: near-duplicates of earlier examples (0 for suggestion runs)
 * @param error why the job failed, empty otherwise
 */
public record Job(long id, long projectId, String kind, JobStatus status, String detail, int total, int suggested,
    int failed, int skipped, int found, String error, Instant createdAt, Optional<Instant> startedAt,
    Optional<Instant> finishedAt) {
  public Job {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }

  /** Examples done so far, either way. */
  public int processed() {
    return suggested + failed;
  }
}
