package io.collectlite.export;

import io.collectlite.error.NotFoundException;
import io.collectlite.internal.ScratchArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps export files in a directory, one sub-directory per project. A file is written under
 * {@code .partial/} (a scratch area of the writing process, on the same file system) and moved to
 * its location in one atomic rename once complete; {@link #recover()} deletes what processes killed
 * mid-write left there, sparing those of live processes that share the directory. Thread-safe.
 */
public final class DirectoryExportArchive implements ExportArchive {
  /** The folder under the root where files are written before they are published. */
  static final String PARTIAL = ".partial";
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryExportArchive.class);

  private final Path root;
  private ScratchArea scratch;

  /** An archive rooted at {@code root}, created on first use. */
  public DirectoryExportArchive(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public PendingFile create(long projectId, int version, ExportFormat format) throws IOException {
    Path target = resolve(locationOf(projectId, version, format));
    Path temporary = Files.createTempFile(scratch().directory(), "project-" + projectId + "-export-v" + version + "-",
        "." + format.extension());
    return new PendingPath(temporary, target, FileChannel.open(temporary, StandardOpenOption.WRITE));
  }

  @Override
  public String locationOf(long projectId, int version, ExportFormat format) {
    return "project-" + projectId + "/export-v" + version + "." + format.extension();
  }

  @Override
  public InputStream open(String location) throws IOException {
    try {
      return Files.newInputStream(resolve(location));
    } catch (NoSuchFileException e) {
      // the message reaches API clients: name the export, never the server's directory
      throw new NotFoundException("the file of export " + location + " is missing from the export archive");
    }
  }

  @Override
  public void discard(String location) throws IOException {
    Files.deleteIfExists(resolve(location));
  }

  /** Claims this process's scratch area, deleting the partial files of writers that died. */
  @Override
  public void recover() {
    scratch();
  }

  /** Deletes this process's partial files and gives up its scratch area. */
  @Override
  public synchronized void close() {
    if (scratch != null) scratch.close();
    scratch = null;
  }

  private synchronized ScratchArea scratch() {
    if (scratch == null) {
      scratch = ScratchArea.claim(root.resolve(PARTIAL));
      if (scratch.swept() > 0) {
        LOG.atInfo().addKeyValue("files", scratch.swept()).addKeyValue("directory", root)
            .log("deleted partial export files left by a writer that stopped");
      }
    }
    return scratch;
  }

  private Path resolve(String location) {
    Path file = root.resolve(location).normalize();
    if (!file.startsWith(root) || file.startsWith(root.resolve(PARTIAL))) {
      throw new IllegalArgumentException("location escapes the archive: " + location);
    }
    return file;
  }

  /** A temporary file renamed onto its target when published. */
  private static final class PendingPath implements PendingFile {
    private final Path temporary;
    private final Path target;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean published;

    PendingPath(Path temporary, Path target, FileChannel channel) {
      this.temporary = temporary;
      this.target = target;
      this.channel = channel;
      this.out = Channels.newOutputStream(channel);
    }

    @Override
    public OutputStream stream() {
      return out;
    }

    @Override
    public void publish() throws IOException {
      channel.force(true); // the bytes reach the disk before the name does
      out.close();
      Files.createDirectories(target.getParent());
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      published = true;
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        if (!published) Files.deleteIfExists(temporary);
      }
    }
  }
}
