package io.collectlite.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams a JSONL file one object at a time, the way uploads read it: UTF-8 only (a byte-order
 * mark is ignored), blank lines skipped, the file size limit enforced while reading. For readers
 * of other line formats than source rows (e.g. label imports). Not thread-safe.
 */
public final class JsonlRecords implements AutoCloseable {
  private final RecordSource source;

  /** One readable line: its 1-based number and its object. */
  public record Line(int number, ObjectNode fields) {}

  private JsonlRecords(RecordSource source) {
    this.source = source;
  }

  /**
   * Opens {@code in}. Reading throws {@link io.collectlite.error.ValidationException} on bytes that
   * are not UTF-8 and {@link io.collectlite.error.PayloadTooLargeException} past
   * {@code limits.maxFileBytes()}.
   */
  public static JsonlRecords open(InputStream in, IngestLimits limits) {
    return new JsonlRecords(RecordSource.open(RecordSource.utf8(in, limits), SourceFormat.JSONL));
  }

  /** The next line holding a JSON object; a line that is not one goes to {@code problems} and is skipped. */
  public Optional<Line> next(Consumer<Problem> problems) {
    RecordSource.Record record = source.next(problems);
    return record == null ? Optional.empty() : Optional.of(new Line(record.line(), record.fields()));
  }

  /** Non-blank lines read so far, readable or not. */
  public int linesRead() {
    return source.recordsRead();
  }

  @Override
  public void close() {
    source.release();
  }
}
