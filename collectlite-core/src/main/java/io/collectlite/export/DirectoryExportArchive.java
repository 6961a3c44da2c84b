package io.collectlite.export;

import io.collectlite.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps export files in a directory, one sub-directory per project. Thread-safe. */
public final class DirectoryExportArchive implements ExportArchive {
  private final Path root;

  /** An archive rooted at {@code root}, created on first use. */
  public DirectoryExportArchive(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public OutputStream create(long projectId, int version, ExportFormat format) throws IOException {
    Path file = resolve(locationOf(projectId, version, format));
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
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

  private Path resolve(String location) {
    Path file = root.resolve(location).normalize();
    if (!file.startsWith(root)) throw new IllegalArgumentException("location escapes the archive: " + location);
    return file;
  }
}
