package io.collectlite.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.project.TaskType;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusTest {
  private static final LabelSchema PAIRWISE = Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE);
  private static final LabelSchema CRITIQUE = Presets.schemaFor(TaskType.CRITIQUE);

  @Test
  void aPairwiseMajoritySettlesTheTask() {
    ConsensusResult result = Consensus.decide(PAIRWISE, List.of("a", "b", "a"));
    assertThat(result.label()).isEqualTo("a");
    assertThat(result.score()).isEqualTo(2 / 3.0);
    assertThat(result.needsReview()).isFalse();
  }

  @Test
  void aPairwiseSplitGoesToReviewWhateverTheOrder() {
    assertThat(Consensus.decide(PAIRWISE, List.of("b", "a")))
        .isEqualTo(Consensus.decide(PAIRWISE, List.of("a", "b")));
    assertThat(Consensus.decide(PAIRWISE, List.of("b", "a")).reasons()).containsExactly(ReviewReason.DISAGREEMENT);
  }

  @Test
  void ratingsWithinToleranceAgreeOnTheirMedian() {
    ConsensusResult close = Consensus.decide(CRITIQUE, List.of("4", "5", "4"));
    assertThat(close.label()).isEqualTo("4");
    assertThat(close.score()).isEqualTo(1.0);
    assertThat(close.method()).isEqualTo("median");
    ConsensusResult apart = Consensus.decide(CRITIQUE, List.of("1", "5"));
    assertThat(apart.needsReview()).isTrue();
    assertThat(apart.label()).isEqualTo("1");
    assertThat(apart.score()).isEqualTo(0.5);
  }

  @Test
  void labelSetsVoteAsWholes() {
    LabelSchema multi = Presets.classification(List.of("spam", "toxic"), true);
    ConsensusResult result = Consensus.decide(multi, List.of("[\"spam\"]", "[\"spam\",\"toxic\"]", "[\"spam\"]"));
    assertThat(result.label()).isEqualTo("[\"spam\"]");
    assertThat(result.needsReview()).isFalse();
  }
}
