package io.collectlite.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory for one process's temporary files inside a shared area, owned by a lock on a file
 * beside it: {@code <root>/<owner>.lock} and {@code <root>/<owner>/}. The operating system drops
 * the lock when its process dies, however it dies, so {@link #claim} can tell a dead owner's
 * leftovers (swept) from a live one's (kept), even when several processes share the area.
 *
 * <p>Not API: used by the export archive and the server. Thread-safe.
 */
public final class ScratchArea implements AutoCloseable {
  private static final String LOCK_SUFFIX = ".lock";

  private final Path directory;
  private final FileChannel channel;
  private final int swept;

  private ScratchArea(Path directory, FileChannel channel, int swept) {
    this.directory = directory;
    this.channel = channel;
    this.swept = swept;
  }

  /**
   * Creates {@code root} when missing, deletes what processes that are gone left in it, and
   * returns a new directory in it that this process owns until {@link #close()}.
   */
  public static ScratchArea claim(Path root) {
    try {
      Files.createDirectories(root);
      int swept = sweep(root);
      for (int attempt = 0; attempt < 5; attempt++) {
        Path lockFile = Files.createTempFile(root, "owner-", LOCK_SUFFIX);
        FileChannel channel = lockedOrNull(lockFile);
        if (channel != null) {
          Path directory = Files.createDirectory(root.resolve(ownerOf(lockFile)));
          return new ScratchArea(directory, channel, swept);
        }
      }
      throw new IOException("another process kept sweeping the lock files");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot claim a scratch directory in " + root, e);
    }
  }

  /**
   * Opens and locks a new lock file; null when a concurrent sweep took it for a dead owner's
   * between its creation and the lock (then the file is gone, or locked by that sweep).
   */
  private static FileChannel lockedOrNull(Path lockFile) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return null;
    }
    FileLock lock = channel.tryLock();
    if (lock != null && Files.exists(lockFile)) return channel;
    channel.close();
    return null;
  }

  /** The directory this process owns; its files are deleted on {@link #close()} or by the next claim after a crash. */
  public Path directory() {
    return directory;
  }

  /** How many files left by dead owners (or loose in the area) {@link #claim} deleted. */
  public int swept() {
    return swept;
  }

  /** Deletes this owner's directory and gives up the lock. */
  @Override
  public void close() {
    try {
      deleteTree(directory);
      Files.deleteIfExists(directory.resolveSibling(directory.getFileName() + LOCK_SUFFIX));
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove scratch directory " + directory, e);
    }
  }

  /** Deletes every entry of {@code root} no live owner holds; returns how many files went. */
  private static int sweep(Path root) throws IOException {
    int files = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.endsWith(LOCK_SUFFIX)) {
          files += sweepOwner(entry);
        } else if (!Files.exists(root.resolve(name + LOCK_SUFFIX))) {
          // a loose file, or a directory whose owner's lock file is gone: nobody can own it
          files += deleteTree(entry);
        }
      }
    }
    return files;
  }

  private static int sweepOwner(Path lockFile) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      return 0; // its owner closed meanwhile
    }
    try (channel) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return 0; // held by this very process
      }
      if (lock == null) return 0; // held by another live process
      int files = deleteTree(lockFile.resolveSibling(ownerOf(lockFile)));
      Files.deleteIfExists(lockFile);
      return files;
    }
  }

  private static String ownerOf(Path lockFile) {
    String name = lockFile.getFileName().toString();
    return name.substring(0, name.length() - LOCK_SUFFIX.length());
  }

  /** Deletes a file or a directory with its contents; returns how many regular files it held. */
  private static int deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) return 0;
    int[] files = {0};
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isRegularFile(p)) files[0]++;
        Files.deleteIfExists(p);
      }
    }
    return files[0];
  }
}
