package io.collectlite.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run by {@link ScratchAreaTest} in its own JVM: claims an area, leaves a file in it, and waits to be killed. */
public final class ScratchAreaChild {
  private ScratchAreaChild() {}

  public static void main(String[] args) throws Exception {
    ScratchArea area = ScratchArea.claim(Path.of(args[0]));
    Path file = Files.writeString(area.directory().resolve("half-written"), "partial");
    System.out.println("ready " + file);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
