package io.collectlite.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A compact map from 128-bit fingerprints (the first half of a SHA-256) to a long, so an upload
 * can remember every content hash and id of a million-row file in tens of megabytes instead of
 * hundreds. Open addressing with linear probing; not thread-safe. At 128 bits, a collision among
 * a billion keys has a probability below 10^-20.
 */
public final class Fingerprints {
  private static final float LOAD = 0.7f;
  private long[] hi;
  private long[] lo;
  private long[] values;
  private int size;
  private int mask;

  /** An empty map. */
  public Fingerprints() {
    allocate(1 << 10);
  }

  /** The fingerprint of a SHA-256 given as 64 hex digits: its first 128 bits. */
  public static long[] ofSha256Hex(String hex) {
    return new long[] {HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32)};
  }

  /** The fingerprint of any text: the first 128 bits of its UTF-8 SHA-256. */
  public static long[] ofText(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new long[] {toLong(d, 0), toLong(d, 8)};
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Stores {@code value} unless the key is present; returns the value already stored, or empty. */
  public java.util.OptionalLong putIfAbsent(long[] key, long value) {
    int slot = find(key[0], key[1]);
    if (used(slot)) return java.util.OptionalLong.of(values[slot]);
    hi[slot] = key[0];
    lo[slot] = nonZero(key[0], key[1]);
    values[slot] = value;
    if (++size > LOAD * hi.length) grow();
    return java.util.OptionalLong.empty();
  }

  /** The value stored under a key, or empty. */
  public java.util.OptionalLong get(long[] key) {
    int slot = find(key[0], key[1]);
    return used(slot) ? java.util.OptionalLong.of(values[slot]) : java.util.OptionalLong.empty();
  }

  /** How many keys are stored. */
  public int size() {
    return size;
  }

  private int find(long h, long l) {
    long low = nonZero(h, l);
    int slot = (int) (mix(h ^ low) & mask);
    while (used(slot) && !(hi[slot] == h && lo[slot] == low)) slot = (slot + 1) & mask;
    return slot;
  }

  private boolean used(int slot) {
    return lo[slot] != 0;
  }

  // lo == 0 marks an empty slot, so a key whose low half is 0 is stored with lo == 1: (h, 0) and
  // (h, 1) share a slot, a collision as unlikely (2^-64 per key pair) as any other of 128-bit keys
  private static long nonZero(long h, long l) {
    return l == 0 ? 1 : l;
  }

  private void grow() {
    long[] oldHi = hi;
    long[] oldLo = lo;
    long[] oldValues = values;
    allocate(oldHi.length * 2);
    for (int i = 0; i < oldHi.length; i++) {
      if (oldLo[i] == 0) continue;
      int slot = find(oldHi[i], oldLo[i]);
      hi[slot] = oldHi[i];
      lo[slot] = oldLo[i];
      values[slot] = oldValues[i];
      size++;
    }
  }

  private void allocate(int capacity) {
    hi = new long[capacity];
    lo = new long[capacity];
    values = new long[capacity];
    mask = capacity - 1;
    size = 0;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private static long toLong(byte[] b, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) v = (v << 8) | (b[i] & 0xff);
    return v;
  }
}
