package io.collectlite.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a row stream on a background thread, a few batches ahead of its consumer, so parsing and
 * hashing overlap the database writes. For stores that write on the caller's thread (SQLite);
 * where the database works in another process (PostgreSQL's {@code COPY}) the two already
 * overlap, and a third busy thread only competes for the cores. Whatever the source throws reaches the consumer at the point it happened, in
 * order; the source's state is handed over through the queue, so once this iterator is exhausted
 * the consumer may read it. One consumer thread.
 */
public final class ParseAhead implements Iterator<SourceRow>, AutoCloseable {
  private static final int BATCH = 512;
  // a batch is also cut at 1 MiB of row text, so the queue holds at most ~17 MiB whatever the rows' size
  private static final long BATCH_CHARS = 1 << 20;
  private static final long JOIN_MILLIS = 10_000;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
  private final Thread producer;
  private volatile boolean closed;
  private Iterator<SourceRow> batch = Collections.emptyIterator();
  private boolean done;

  private ParseAhead(Iterator<SourceRow> source) {
    producer = new Thread(() -> produce(source), "collectlite-parse-ahead");
    producer.setDaemon(true);
  }

  /** Starts reading {@code source} ahead on a daemon thread; close the result when done with it. */
  public static ParseAhead start(Iterator<SourceRow> source) {
    ParseAhead ahead = new ParseAhead(source);
    ahead.producer.start();
    return ahead;
  }

  private void produce(Iterator<SourceRow> source) {
    List<SourceRow> rows = new ArrayList<>(BATCH);
    try {
      long chars = 0;
      while (!closed && source.hasNext()) {
        SourceRow row = source.next();
        rows.add(row);
        chars += row.fieldsJson().length();
        if (rows.size() == BATCH || chars >= BATCH_CHARS) {
          put(rows);
          rows = new ArrayList<>(BATCH);
          chars = 0;
        }
      }
      if (!rows.isEmpty()) put(rows);
      put(END);
    } catch (Throwable failure) {
      // the rows read before the failure go first: the consumer meets the failure where it happened
      if (!rows.isEmpty()) put(rows);
      put(failure);
    }
  }

  /** Hands an item to the consumer; gives up (dropping it) once closed. */
  private void put(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    while (!batch.hasNext()) {
      if (done) return false;
      Object item = take();
      if (item == END) {
        done = true;
      } else if (item instanceof RuntimeException failure) {
        done = true;
        throw failure;
      } else if (item instanceof Error failure) {
        done = true;
        throw failure;
      } else if (item instanceof Throwable failure) {
        done = true;
        throw new IllegalStateException("reading the upload failed", failure);
      } else {
        @SuppressWarnings("unchecked")
        List<SourceRow> rows = (List<SourceRow>) item;
        batch = rows.iterator();
      }
    }
    return true;
  }

  private Object take() {
    try {
      while (true) {
        Object item = queue.poll(100, TimeUnit.MILLISECONDS);
        if (item != null) return item;
        // a producer that died without a word (it always hands over an end or a failure) must not
        // leave the caller waiting forever inside its write transaction
        if (!producer.isAlive() && queue.isEmpty()) {
          throw new IllegalStateException("the upload reader stopped without finishing");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the upload's next rows", e);
    }
  }

  @Override
  public SourceRow next() {
    if (!hasNext()) throw new NoSuchElementException();
    return batch.next();
  }

  /**
   * Stops the producer and waits (up to ten seconds) for it to end, so the source it reads is no
   * longer in use once this returns; the producer checks for the stop between rows.
   */
  @Override
  public void close() {
    closed = true;
    producer.interrupt();
    try {
      producer.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the producer thread has ended (for tests). */
  boolean producerEnded() {
    return !producer.isAlive();
  }
}
