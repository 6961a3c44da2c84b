package io.collectlite.importing;

import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.JsonlRecords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams an import file as {@link ImportRow}s, one line at a time: every non-blank line yields
 * exactly one row (refused lines included), in file order. Throws a {@link ValidationException}
 * once the file ends if it held no lines. Not thread-safe.
 */
final class ImportReader implements Iterator<ImportRow> {
  private final JsonlRecords records;
  private final LineParser parser;
  private final Deque<ImportRow> pending = new ArrayDeque<>();
  private boolean exhausted;

  ImportReader(JsonlRecords records, LineParser parser) {
    this.records = records;
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !exhausted) {
      var line = records.next(this::unreadable);
      if (line.isPresent()) {
        pending.addLast(parser.parse(line.get().number(), line.get().fields()));
      } else {
        exhausted = true;
      }
    }
    if (pending.isEmpty() && records.linesRead() == 0) throw ValidationException.field("file", "holds no lines");
    return !pending.isEmpty();
  }

  @Override
  public ImportRow next() {
    if (!hasNext()) throw new NoSuchElementException();
    return pending.removeFirst();
  }

  /** Non-blank lines read so far. */
  int linesRead() {
    return records.linesRead();
  }

  private void unreadable(Problem problem) {
    pending.addLast(new RefusedLine(problem.line(), java.util.List.of(problem)));
  }
}
