package io.collectlite.export;

import java.io.IOException;
import java.util.Iterator;

/**
 * Writes an export's file from rows a store streams inside its export transaction. Throwing rolls
 * the export back: no version is recorded and no task changes state.
 */
@FunctionalInterface
public interface ExportBody {
  /** Writes every row (the iterator streams from a cursor and must be consumed once, in order). */
  WrittenExport write(int version, Iterator<ExportRow> rows) throws IOException;
}
