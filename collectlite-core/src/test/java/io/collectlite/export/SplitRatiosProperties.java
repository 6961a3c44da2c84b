package io.collectlite.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SplitRatiosProperties {
  private static final double UNIT_42_RAG_001 = 0.16090327418875103;
  private static final double UNIT_7_EX_0 = 0.7136778281357761;

  @Property
  void anExampleAlwaysLandsInTheSameSplit(@ForAll long seed, @ForAll @AlphaChars @StringLength(min = 1, max = 40) String id) {
    assertThat(SplitRatios.DEFAULT.splitOf(seed, id)).isEqualTo(SplitRatios.DEFAULT.splitOf(seed, id));
    assertThat(new SplitRatios(0.8, 0.1, 0.1).splitOf(seed, id)).isEqualTo(SplitRatios.DEFAULT.splitOf(seed, id));
  }

  @Property
  void allTrainRatiosPutEverythingInTrain(@ForAll long seed, @ForAll @StringLength(min = 1, max = 40) String id) {
    assertThat(new SplitRatios(1, 0, 0).splitOf(seed, id)).isEqualTo(Split.TRAIN);
  }

  @Test
  void sharesFollowTheRatiosOverManyExamples() {
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    int n = 100_000;
    for (int i = 0; i < n; i++) counts.merge(SplitRatios.DEFAULT.splitOf(7, "ex-" + i), 1, Integer::sum);
    assertThat(counts.get(Split.TRAIN) / (double) n).isCloseTo(0.8, within(0.01));
    assertThat(counts.get(Split.VALIDATION) / (double) n).isCloseTo(0.1, within(0.01));
    assertThat(counts.get(Split.EVALUATION) / (double) n).isCloseTo(0.1, within(0.01));
  }

  /**
   * Pins the split function itself: SHA-256 of "seed:exampleId", first 7 bytes as a fraction. The
   * expected fractions were computed independently (Python: int(sha256(b"42:rag-001").hexdigest()[:14], 16) / 2**56),
   * so a change to the function, which would move examples between splits across versions, fails here.
   */
  @Test
  void splitIsTheSha256OfSeedAndIdReadAsAFraction() {
    assertThat(SplitRatios.unitHash(42, "rag-001")).isCloseTo(UNIT_42_RAG_001, within(1e-12));
    assertThat(SplitRatios.unitHash(7, "ex-0")).isCloseTo(UNIT_7_EX_0, within(1e-12));
    assertThat(SplitRatios.DEFAULT.splitOf(42, "rag-001")).isEqualTo(Split.TRAIN);
    assertThat(SplitRatios.DEFAULT.splitOf(7, "ex-0")).isEqualTo(Split.TRAIN);
    assertThat(new SplitRatios(0.5, 0.2, 0.3).splitOf(7, "ex-0")).isEqualTo(Split.EVALUATION);
  }

  @Test
  void anotherSeedShufflesTheSplits() {
    int moved = 0;
    for (int i = 0; i < 1000; i++) {
      if (SplitRatios.DEFAULT.splitOf(1, "ex-" + i) != SplitRatios.DEFAULT.splitOf(2, "ex-" + i)) moved++;
    }
    assertThat(moved).isBetween(200, 500);
  }
}
