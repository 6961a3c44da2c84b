package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  @Property(tries = 200)
  void behavesLikeAHashMapOfTheSameKeys(@ForAll @Size(max = 3_000) java.util.List<String> texts) {
    Fingerprints table = new Fingerprints();
    Map<String, Long> reference = new HashMap<>();
    long i = 0;
    for (String text : texts) {
      OptionalLong before = table.putIfAbsent(Fingerprints.ofText(text), i);
      Long expected = reference.putIfAbsent(text, i);
      assertThat(before).isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
      i++;
    }
    assertThat(table.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(table.get(Fingerprints.ofText(k))).hasValue(v));
  }

  @Test
  void keysWhoseLowHalfIsZeroAreStillFoundAndKeptApart() {
    Fingerprints table = new Fingerprints();
    assertThat(table.putIfAbsent(new long[] {5, 0}, 1)).isEmpty();
    assertThat(table.putIfAbsent(new long[] {6, 0}, 2)).isEmpty();
    assertThat(table.get(new long[] {5, 0})).hasValue(1);
    assertThat(table.get(new long[] {6, 0})).hasValue(2);
  }

  @Test
  void aMillionContentHashesGrowTheTableAndAllStayFindable() {
    Fingerprints table = new Fingerprints();
    Random random = new Random(1);
    long[][] keys = new long[1_000_000][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[] {random.nextLong(), random.nextLong()};
      assertThat(table.putIfAbsent(keys[i], i).isEmpty()).isTrue();
    }
    for (int i = 0; i < keys.length; i += 997) assertThat(table.get(keys[i])).hasValue(i);
    assertThat(table.size()).isEqualTo(1_000_000);
  }

  @Test
  void sha256HexFingerprintIsItsFirst128Bits() {
    String hex = "0123456789abcdef" + "fedcba9876543210" + "0".repeat(32);
    assertThat(Fingerprints.ofSha256Hex(hex)).containsExactly(0x0123456789abcdefL, 0xfedcba9876543210L);
  }
}
