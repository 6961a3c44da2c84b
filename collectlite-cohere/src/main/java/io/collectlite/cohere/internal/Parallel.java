package io.collectlite.cohere.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Maps a list with at most {@code threads} calls in flight, keeping the order; the first failure in order wins. */
final class Parallel {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private Parallel() {}

  static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
    if (threads == 1 || items.size() < 2) return items.stream().map(work).toList();
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread t = new Thread(r, "cohere-" + pool + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) futures.add(executor.submit(() -> work.apply(item)));
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) results.add(await(future));
      return results;
    } finally {
      executor.shutdownNow(); // after a failure the remaining calls are of no use
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Cohere", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }
}
