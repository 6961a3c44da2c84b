package io.collectlite.quality.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.quality.Consensus;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Majority (the existing {@link Consensus}) and weighted vote on one task. */
class VoteAggregationProperties {
  private static final List<String> LABELS = List.of("a", "b", "c");
  private static final LabelSchema CLASSIFICATION = Presets.classification(LABELS, false);
  private static final long TASK = 42;

  /** One task's votes from annotators 1 to 6 (an annotator may vote twice). */
  @Provide
  Arbitrary<List<Vote>> votes() {
    return Combinators.combine(Arbitraries.longs().between(1, 6), Arbitraries.of(LABELS))
        .as((annotator, label) -> new Vote(TASK, annotator, label))
        .list().ofMinSize(1).ofMaxSize(9);
  }

  /** Weights for some of annotators 1 to 6, zero included. */
  @Provide
  Arbitrary<Map<Long, Double>> weights() {
    return Arbitraries.maps(Arbitraries.longs().between(1, 6), Arbitraries.doubles().between(0, 5))
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<Map<Long, Double>> positiveWeights() {
    return Arbitraries.maps(Arbitraries.longs().between(1, 6), Arbitraries.doubles().between(0.01, 5))
        .ofMaxSize(6);
  }

  private static List<String> keys(List<Vote> votes) {
    return votes.stream().map(Vote::label).toList();
  }

  @Property
  void majorityOfUnanimousLabelsIsThatLabelWithFullScore(@ForAll("votes") List<Vote> any,
      @ForAll @IntRange(min = 1, max = 9) int n) {
    String label = any.get(0).label();
    ConsensusResult result = Consensus.decide(CLASSIFICATION, Collections.nCopies(n, label));

    assertThat(result.label()).isEqualTo(label);
    assertThat(result.score()).isEqualTo(1.0);
  }

  @Property
  void majorityDoesNotDependOnTheOrderOfAnnotations(@ForAll("votes") List<Vote> votes, @ForAll long seed) {
    List<Vote> shuffled = new ArrayList<>(votes);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(Consensus.decide(CLASSIFICATION, keys(shuffled))).isEqualTo(Consensus.decide(CLASSIFICATION,
        keys(votes)));
  }

  @Property
  void majorityNeverLosesScoreToAnAgreeingAnnotation(@ForAll("votes") List<Vote> votes) {
    ConsensusResult before = Consensus.decide(CLASSIFICATION, keys(votes));
    List<String> more = new ArrayList<>(keys(votes));
    more.add(before.label());

    assertThat(Consensus.decide(CLASSIFICATION, more).score()).isGreaterThanOrEqualTo(before.score());
  }

  @Property
  void weightedVoteOfUnanimousLabelsIsThatLabelWithFullScore(@ForAll("votes") List<Vote> votes,
      @ForAll("positiveWeights") Map<Long, Double> weights, @ForAll @DoubleRange(min = 0.01, max = 5) double fallback) {
    String label = votes.get(0).label();
    List<Vote> unanimous = votes.stream().map(v -> new Vote(TASK, v.annotatorId(), label)).toList();

    assertThat(WeightedVote.decide(unanimous, weights, fallback)).isEqualTo(new WeightedResult(label, 1.0, false));
  }

  @Property
  void weightedVoteDoesNotDependOnTheOrderOfAnnotations(@ForAll("votes") List<Vote> votes,
      @ForAll("weights") Map<Long, Double> weights, @ForAll @DoubleRange(min = 0, max = 5) double fallback,
      @ForAll long seed) {
    List<Vote> shuffled = new ArrayList<>(votes);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(WeightedVote.decide(shuffled, weights, fallback)).isEqualTo(WeightedVote.decide(votes, weights,
        fallback));
  }

  /** Renaming annotators (their weights go with them) changes only the order of the sums: rounding. */
  @Property
  void weightedVoteDoesNotDependOnAnnotatorIds(@ForAll("votes") List<Vote> votes,
      @ForAll("weights") Map<Long, Double> weights, @ForAll @DoubleRange(min = 0, max = 5) double fallback,
      @ForAll long seed) {
    List<Long> ids = new ArrayList<>(List.of(101L, 102L, 103L, 104L, 105L, 106L));
    Collections.shuffle(ids, new Random(seed));
    List<Vote> renamed = votes.stream()
        .map(v -> new Vote(TASK, ids.get((int) v.annotatorId() - 1), v.label())).toList();
    Map<Long, Double> renamedWeights = new HashMap<>();
    weights.forEach((id, weight) -> renamedWeights.put(ids.get(id.intValue() - 1), weight));

    WeightedResult original = WeightedVote.decide(votes, weights, fallback);
    WeightedResult changed = WeightedVote.decide(renamed, renamedWeights, fallback);

    assertThat(changed.label()).isEqualTo(original.label());
    assertThat(changed.tie()).isEqualTo(original.tie());
    assertThat(changed.score()).isCloseTo(original.score(), within(1e-12));
  }

  /** (w_c + w) / (W + w) >= w_c / W whenever w >= 0 and w_c <= W; up to rounding. */
  @Property
  void weightedVoteNeverLosesScoreToAnAgreeingAnnotation(@ForAll("votes") List<Vote> votes,
      @ForAll("weights") Map<Long, Double> weights, @ForAll @DoubleRange(min = 0, max = 5) double fallback,
      @ForAll @IntRange(min = 1, max = 7) int annotator) {
    WeightedResult before = WeightedVote.decide(votes, weights, fallback);
    List<Vote> more = new ArrayList<>(votes);
    more.add(new Vote(TASK, annotator, before.label()));

    WeightedResult after = WeightedVote.decide(more, weights, fallback);

    assertThat(after.score()).isGreaterThanOrEqualTo(before.score() - 1e-12);
    assertThat(after.label()).isEqualTo(before.label());
  }
}
