package io.collectlite.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable per-project stand-in for an annotator in exports: {@code annotator-} and the first 10
 * hex digits of SHA-256 of {@code "<project seed>:<user id>"}. The same annotator keeps their
 * pseudonym across a project's export versions, and gets another one in another project.
 */
public final class Pseudonyms {
  private Pseudonyms() {}

  /** The pseudonym of {@code userId} in the project with split seed {@code seed}. */
  public static String annotator(long seed, long userId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((seed + ":" + userId).getBytes(StandardCharsets.UTF_8));
      return "annotator-" + HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
