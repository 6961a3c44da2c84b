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

  @Test
  void anotherSeedShufflesTheSplits() {
    int moved = 0;
    for (int i = 0; i < 1000; i++) {
      if (SplitRatios.DEFAULT.splitOf(1, "ex-" + i) != SplitRatios.DEFAULT.splitOf(2, "ex-" + i)) moved++;
    }
    assertThat(moved).isBetween(200, 500);
  }
}
