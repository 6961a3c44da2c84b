package io.collectlite.http;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells loopback bind addresses from ones other machines may reach, without a DNS lookup. */
final class Hosts {
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private Hosts() {}

  /**
   * Whether binding {@code host} keeps the server on this machine: {@code localhost}, 127.x.x.x or
   * {@code ::1}. Any other name counts as reachable from elsewhere, since resolving it is not proof.
   */
  static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
