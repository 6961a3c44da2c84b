package io.collectlite.store;

import io.collectlite.job.Job;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Background jobs and their progress. Thread-safe; each method is one short transaction. */
public interface JobStore {
  /**
   * Records a queued job; refused with a {@link io.collectlite.error.ConflictException} while a job of the same kind
   * and detail is queued or running in the project (one that stopped moving for a while is marked failed instead).
   */
  Job create(long projectId, String kind, String detail, long createdBy, Instant now);

  /**
   * Records a queued job unless one of the same kind and detail still waits in the project, which is returned
   * instead (it will see the same work when it starts); a running one does not stop a new one from queueing. A
   * job that stopped moving for a while is marked failed, as in {@link #create}.
   */
  Enqueued enqueue(long projectId, String kind, String detail, long createdBy, Instant now);

  /** The queued job, and whether this call created it (and so must run it). */
  record Enqueued(Job job, boolean created) {}

  /** Marks a queued job running with the work it found; false when it is no longer queued (given up on). */
  boolean start(long jobId, int total, int skipped, Instant now);

  /** Adds to a running job's counters; false when it is no longer running (given up on: stop). */
  boolean progress(long jobId, int suggested, int failed, int found, Instant now);

  /** Marks a job done. */
  void finish(long jobId, Instant now);

  /** Marks a job failed with its reason. */
  void fail(long jobId, String error, Instant now);

  /** The job, when it exists. */
  Optional<Job> find(long jobId);

  /** A project's jobs, newest first, at most {@code limit}. */
  List<Job> list(long projectId, int limit);
}
