package io.collectlite.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Merges two cursors ordered by task id — export rows and raw annotations — so each row carries
 * its task's annotations. Holds one task's annotations at a time: memory does not grow with the
 * export. Annotations of tasks that have no row are skipped. Not thread-safe.
 */
public final class AnnotatedRows implements Iterator<ExportRow> {
  private final Iterator<ExportRow> rows;
  private final Iterator<ExportAnnotation> annotations;
  private ExportAnnotation pending;

  /** Both iterators must be ordered by task id ascending; each is consumed once. */
  public AnnotatedRows(Iterator<ExportRow> rows, Iterator<ExportAnnotation> annotations) {
    this.rows = rows;
    this.annotations = annotations;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public ExportRow next() {
    if (!rows.hasNext()) throw new NoSuchElementException();
    ExportRow row = rows.next();
    List<ExportAnnotation> own = new ArrayList<>();
    while (peek() != null && pending.taskId() <= row.taskId()) {
      if (pending.taskId() == row.taskId()) own.add(pending);
      pending = null;
    }
    return row.withAnnotations(own);
  }

  private ExportAnnotation peek() {
    if (pending == null && annotations.hasNext()) pending = annotations.next();
    return pending;
  }
}
