package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedVoteTest {
  private static final Map<Long, Double> WEIGHTS = Map.of(1L, 0.9, 2L, 0.6, 3L, 0.5);

  /** x weighs 0.9, y weighs 0.6 + 0.5 = 1.1 of 2.0: y wins with 1.1 / 2.0 = 0.55 although A is the most reliable. */
  @Test
  void twoModerateAnnotatorsOutweighOneReliableOne() {
    WeightedResult result = WeightedVote.decide(
        List.of(new Vote(7, 1, "x"), new Vote(7, 2, "y"), new Vote(7, 3, "y")), WEIGHTS, 0.5);

    assertThat(result).isEqualTo(new WeightedResult("y", 0.55, false));
  }

  /** x weighs 0.9, y weighs 0.6 + 0.2 (default) = 0.8 of 1.7: x wins with 0.9 / 1.7. */
  @Test
  void annotatorsWithoutAWeightWeighTheDefault() {
    WeightedResult result = WeightedVote.decide(
        List.of(new Vote(7, 1, "x"), new Vote(7, 2, "y"), new Vote(7, 4, "y")), WEIGHTS, 0.2);

    assertThat(result.label()).isEqualTo("x");
    assertThat(result.score()).isEqualTo(0.9 / 1.7);
    assertThat(result.tie()).isFalse();
  }

  /** 0.5 + 0.5 against 1.0: a tie, resolved to the first label in text order, each with half the weight. */
  @Test
  void equalWeightsTieAndPickTheFirstLabelByText() {
    Map<Long, Double> weights = Map.of(1L, 1.0, 2L, 0.5, 3L, 0.5);
    WeightedResult result = WeightedVote.decide(
        List.of(new Vote(7, 2, "zebra"), new Vote(7, 1, "antelope"), new Vote(7, 3, "zebra")), weights, 0);

    assertThat(result).isEqualTo(new WeightedResult("antelope", 0.5, true));
  }

  /** 0.1 + 0.2 is 0.30000000000000004 in binary floating point; it still ties with 0.3. */
  @Test
  void roundingDoesNotHideATie() {
    Map<Long, Double> weights = Map.of(1L, 0.1, 2L, 0.2, 3L, 0.3);
    WeightedResult result = WeightedVote.decide(
        List.of(new Vote(7, 1, "b"), new Vote(7, 2, "b"), new Vote(7, 3, "a")), weights, 0);

    assertThat(result.tie()).isTrue();
    assertThat(result.label()).isEqualTo("a");
  }

  @Test
  void votesThatWeighNothingTieAtScoreZero() {
    WeightedResult result = WeightedVote.decide(List.of(new Vote(7, 1, "b"), new Vote(7, 2, "a")), Map.of(), 0);

    assertThat(result).isEqualTo(new WeightedResult("a", 0, true));
  }

  @Test
  void aRepeatedVoteCountsTwice() {
    WeightedResult result = WeightedVote.decide(
        List.of(new Vote(7, 2, "y"), new Vote(7, 2, "y"), new Vote(7, 1, "x")), WEIGHTS, 0);

    assertThat(result.label()).isEqualTo("y");
    assertThat(result.score()).isCloseTo(1.2 / 2.1, within(1e-15));
  }

  @Test
  void refusesEmptyMixedOrNegativeInput() {
    assertThatThrownBy(() -> WeightedVote.decide(List.of(), WEIGHTS, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightedVote.decide(List.of(new Vote(1, 1, "x"), new Vote(2, 1, "x")), WEIGHTS, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one task");
    assertThatThrownBy(() -> WeightedVote.decide(List.of(new Vote(1, 1, "x")), Map.of(1L, -0.1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightedVote.decide(List.of(new Vote(1, 1, "x")), WEIGHTS, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
