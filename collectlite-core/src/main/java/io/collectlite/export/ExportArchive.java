package io.collectlite.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Where export files live. Files are written once and never changed. Implementations are thread-safe. */
public interface ExportArchive {
  /** A stream that writes a new file for a project's export version; returns its location on close via {@link #locationOf}. */
  OutputStream create(long projectId, int version, ExportFormat format) throws IOException;

  /** The location under which {@link #create} stores that version. */
  String locationOf(long projectId, int version, ExportFormat format);

  /** Opens a stored file for reading. */
  InputStream open(String location) throws IOException;

  /** Removes a file whose export was rolled back; does nothing when it does not exist. */
  void discard(String location) throws IOException;
}
