package io.collectlite.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.template.LabelOption;
import io.collectlite.template.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MajorityConsensusProperties {
  private static final List<String> VALUES = Presets.RELEVANCE.options().stream().map(LabelOption::value).toList();

  @Provide
  Arbitrary<List<String>> labels() {
    return Arbitraries.of(VALUES).list().ofMinSize(1).ofMaxSize(9);
  }

  @Property
  void unanimousLabelsGiveThatLabelWithFullAgreement(@ForAll("labels") List<String> any, @ForAll @IntRange(min = 1, max = 9) int n) {
    String label = any.get(0);
    ConsensusResult result = MajorityConsensus.decide(Presets.RELEVANCE, Collections.nCopies(n, label));
    assertThat(result.label()).isEqualTo(label);
    assertThat(result.score()).isEqualTo(1.0);
    assertThat(result.needsReview()).isFalse();
  }

  @Property
  void resultDoesNotDependOnTheOrderOfAnnotations(@ForAll("labels") List<String> labels, @ForAll long seed) {
    List<String> shuffled = new ArrayList<>(labels);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(MajorityConsensus.decide(Presets.RELEVANCE, shuffled))
        .isEqualTo(MajorityConsensus.decide(Presets.RELEVANCE, labels));
  }

  @Property
  void addingAnAgreeingAnnotationNeverLowersTheScore(@ForAll("labels") List<String> labels) {
    ConsensusResult before = MajorityConsensus.decide(Presets.RELEVANCE, labels);
    List<String> more = new ArrayList<>(labels);
    more.add(before.label());
    ConsensusResult after = MajorityConsensus.decide(Presets.RELEVANCE, more);
    assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
  }

  @Property
  void settledTasksHaveAStrictMajority(@ForAll("labels") List<String> labels) {
    ConsensusResult result = MajorityConsensus.decide(Presets.RELEVANCE, labels);
    long agreeing = labels.stream().filter(result.label()::equals).count();
    assertThat(result.needsReview()).isEqualTo(agreeing * 2 <= labels.size());
    assertThat(result.score()).isEqualTo((double) agreeing / labels.size());
  }

  @Test
  void twoDisagreeingAnnotatorsGoToReview() {
    ConsensusResult result = MajorityConsensus.decide(Presets.RELEVANCE, List.of("irrelevant", "highly_relevant"));
    assertThat(result.needsReview()).isTrue();
    assertThat(result.reasons()).containsExactly(ReviewReason.DISAGREEMENT);
    assertThat(result.score()).isEqualTo(0.5);
  }

  @Test
  void threeWaySplitProposesTheMedianGrade() {
    ConsensusResult result = MajorityConsensus.decide(Presets.RELEVANCE,
        List.of("highly_relevant", "irrelevant", "partially_relevant"));
    assertThat(result.label()).isEqualTo("partially_relevant");
    assertThat(result.needsReview()).isTrue();
  }

  @Test
  void twoOfThreeSettleTheTask() {
    ConsensusResult result = MajorityConsensus.decide(Presets.RELEVANCE,
        List.of("partially_relevant", "highly_relevant", "highly_relevant"));
    assertThat(result.label()).isEqualTo("highly_relevant");
    assertThat(result.score()).isEqualTo(2.0 / 3);
    assertThat(result.needsReview()).isFalse();
  }
}
