package io.collectlite.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.error.ValidationException;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
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
  void theSplitIsAPureFunctionOfSeedIdAndRatios(@ForAll long seed, @ForAll @StringLength(min = 1, max = 60) String id,
      @ForAll("ratios") SplitRatios ratios) {
    Split first = ratios.splitOf(seed, id);
    // a copy of the ratios, as a later export version reads them back from the store, places it alike
    SplitRatios stored = new SplitRatios(ratios.train(), ratios.validation(), ratios.evaluation());
    assertThat(stored.splitOf(seed, id)).isEqualTo(first);
    assertThat(ratios.splitOf(seed, new String(id.toCharArray()))).isEqualTo(first);
  }

  @Property(tries = 25)
  void sharesFollowAnyRatiosWithinATolerance(@ForAll long seed, @ForAll("ratios") SplitRatios ratios) {
    int n = 20_000;
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    for (int i = 0; i < n; i++) counts.merge(ratios.splitOf(seed, "example-" + i), 1, Integer::sum);
    // 0.02 is over five standard deviations of a share at n = 20,000
    assertThat(counts.getOrDefault(Split.TRAIN, 0) / (double) n).isCloseTo(ratios.train(), within(0.02));
    assertThat(counts.getOrDefault(Split.VALIDATION, 0) / (double) n).isCloseTo(ratios.validation(), within(0.02));
    assertThat(counts.getOrDefault(Split.EVALUATION, 0) / (double) n).isCloseTo(ratios.evaluation(), within(0.02));
  }

  @Provide
  Arbitrary<SplitRatios> ratios() {
    Arbitrary<Integer> share = Arbitraries.integers().between(0, 100);
    return share.list().ofSize(3).filter(s -> s.get(0) + s.get(1) + s.get(2) > 0).map(s -> {
      double total = s.get(0) + s.get(1) + s.get(2);
      double train = s.get(0) / total;
      double validation = s.get(1) / total;
      return new SplitRatios(train, validation, Math.max(0, 1 - train - validation));
    });
  }

  @Test
  void badRatiosAreRefusedNamingTheShare() {
    assertThatThrownBy(() -> new SplitRatios(-0.1, 0.6, 0.5)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("split_ratios.train");
    assertThatThrownBy(() -> new SplitRatios(0.8, 0.1, 0.2)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("split_ratios").hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> new SplitRatios(0.8, Double.NaN, 0.1)).hasMessageContaining("split_ratios.validation");
    assertThat(new SplitRatios(0.7, 0.2, 0.1).train()).isEqualTo(0.7);
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
