package io.collectlite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that runs after the request that caused it, whose failure is logged and never reaches that
 * request: on a given executor, or on one daemon thread owned here and finished on close.
 */
final class Background implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Background.class);
  private static final long CLOSE_WAIT_SECONDS = 30;
  private final java.util.concurrent.Executor executor;
  private final ExecutorService owned;

  Background(java.util.concurrent.Executor given) {
    this.owned = given == null ? Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "collectlite-background");
      t.setDaemon(true);
      return t;
    }) : null;
    this.executor = given == null ? owned : given;
  }

  void run(Runnable work) {
    executor.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.atWarn().setCause(e).log("background work failed");
      }
    });
  }

  @Override
  public void close() {
    if (owned == null) return;
    owned.shutdown();
    try {
      if (!owned.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) owned.shutdownNow();
    } catch (InterruptedException e) {
      owned.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
