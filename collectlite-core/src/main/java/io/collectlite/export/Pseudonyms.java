package io.collectlite.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stable per-project stand-in for an annotator in exports: {@code annotator-} and the first 10
 * hex digits of HMAC-SHA-256 of the user id under the project's pseudonym key, a random secret the
 * store keeps and never hands out. The same annotator keeps their pseudonym across a project's
 * export versions and gets another one in another project; without the key, nobody who holds an
 * export (not even someone who knows the split seed and every user id) can tell who it is.
 */
public final class Pseudonyms {
  private final SecretKeySpec key;

  /** @param key the project's pseudonym key (hex, at least 32 characters) */
  public Pseudonyms(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() < 32) throw new IllegalArgumentException("a pseudonym key has at least 128 bits");
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** A fresh random key (256 bits, hex) for a new project. */
  public static String newKey() {
    byte[] bytes = new byte[32];
    new java.security.SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The pseudonym of {@code userId}. */
  public String annotator(long userId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(("annotator:" + userId).getBytes(StandardCharsets.UTF_8));
      return "annotator-" + HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HMAC-SHA-256", e);
    }
  }
}
