package io.collectlite.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where export files live. Files are written once and never changed, and a file appears under its
 * location only complete: a write that fails, or a process killed while writing, leaves nothing
 * there. Implementations are thread-safe.
 */
public interface ExportArchive extends AutoCloseable {
  /**
   * Starts the file of a project's export version. Nothing appears at {@link #locationOf} until
   * {@link PendingFile#publish()}; closing the pending file unpublished discards what was written.
   */
  PendingFile create(long projectId, int version, ExportFormat format) throws IOException;

  /** The location under which {@link #create} publishes that version. */
  String locationOf(long projectId, int version, ExportFormat format);

  /** Opens a stored file for reading. */
  InputStream open(String location) throws IOException;

  /** Removes a published file whose export was rolled back; does nothing when it does not exist. */
  void discard(String location) throws IOException;

  /**
   * Called once when the facade is built: removes what writers that died left half-written. The
   * default does nothing, for archives that cannot leave any.
   */
  default void recover() {}

  /** Releases what the archive holds; the facade calls it on close. The default does nothing. */
  @Override
  default void close() {}

  /** A file being written: invisible under its location until {@link #publish()}. Not thread-safe. */
  interface PendingFile extends Closeable {
    /** Where the bytes go; the pending file closes it. */
    OutputStream stream();

    /** Makes the complete file appear at its location at once (replacing any file there). */
    void publish() throws IOException;

    /** Discards the bytes unless published. */
    @Override
    void close() throws IOException;
  }
}
