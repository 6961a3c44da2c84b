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
 * hashing overlap the database writes (SQLite writes on the caller's thread, so without this the
 * two costs add up). Whatever the source throws reaches the consumer at the point it happened, in
 * order; the source's state is handed over through the queue, so once this iterator is exhausted
 * the consumer may read it. One consumer thread.
 */
final class ParseAhead implements Iterator<SourceRow>, AutoCloseable {
  private static final int BATCH = 512;
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

  static ParseAhead start(Iterator<SourceRow> source) {
    ParseAhead ahead = new ParseAhead(source);
    ahead.producer.start();
    return ahead;
  }

  private void produce(Iterator<SourceRow> source) {
    List<SourceRow> rows = new ArrayList<>(BATCH);
    try {
      while (!closed && source.hasNext()) {
        rows.add(source.next());
        if (rows.size() == BATCH) {
          put(rows);
          rows = new ArrayList<>(BATCH);
        }
      }
      if (!rows.isEmpty()) put(rows);
      put(END);
    } catch (RuntimeException | Error failure) {
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
      return queue.take();
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

  /** Stops the producer (it ends at its next hand-over, or when its input is closed). */
  @Override
  public void close() {
    closed = true;
    producer.interrupt();
  }
}
