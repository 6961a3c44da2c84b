package io.collectlite;

import io.collectlite.job.Job;
import io.collectlite.store.Store;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a background job body runs: any failure, an {@link Error} included, ends the job as failed. */
final class JobRun {
  private static final Logger LOG = LoggerFactory.getLogger(JobRun.class);

  private JobRun() {}

  /** Runs {@code body}; a failure marks the job failed with its message (an {@link Error} is then rethrown). */
  static void guard(Store store, Clock clock, Job job, String what, Runnable body) {
    try {
      body.run();
    } catch (RuntimeException | Error e) {
      LOG.atWarn().setCause(e).addKeyValue("job", job.id()).log(what + " failed");
      try {
        store.jobs().fail(job.id(), String.valueOf(e.getMessage()), clock.instant());
      } catch (RuntimeException stored) {
        e.addSuppressed(stored);
        LOG.atError().setCause(stored).addKeyValue("job", job.id()).log("could not record the job's failure");
      }
      if (e instanceof Error error) throw error;
    }
  }

  /** Stops a job whose thread was interrupted (the instance is closing). */
  static void requireNotInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("interrupted: the instance is closing");
    }
  }
}
