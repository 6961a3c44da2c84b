package io.collectlite;

import io.collectlite.error.ValidationException;
import io.collectlite.leaderboard.FinalPreference;
import io.collectlite.leaderboard.Leaderboard;
import io.collectlite.leaderboard.Standing;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.quality.pairwise.BootstrapIntervals;
import io.collectlite.quality.pairwise.BradleyTerry;
import io.collectlite.quality.pairwise.BradleyTerryFit;
import io.collectlite.quality.pairwise.Comparison;
import io.collectlite.quality.pairwise.ModelStrength;
import io.collectlite.quality.pairwise.Outcome;
import io.collectlite.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The leaderboard side of the facade, after its access check: reads each resolved pairwise task's models and
 * final label from the store, one comparison per task, and ranks the models by Bradley–Terry strength.
 */
final class ProjectLeaderboards {
  private final Store store;

  ProjectLeaderboards(Store store) {
    this.store = store;
  }

  /** The project's leaderboard; a project of another type or a sample count out of range is a validation error. */
  Leaderboard of(Project project, int bootstrapSamples, long seed) {
    if (project.taskType() != TaskType.PAIRWISE_PREFERENCE) {
      throw ValidationException.field("project", "project " + project.id() + " is a " + project.taskType().wire()
          + " project; a leaderboard ranks the models of a " + TaskType.PAIRWISE_PREFERENCE.wire() + " project");
    }
    if (bootstrapSamples < 0 || bootstrapSamples > Leaderboard.MAX_BOOTSTRAP_SAMPLES) {
      throw ValidationException.field("bootstrap", "must be between 0 and " + Leaderboard.MAX_BOOTSTRAP_SAMPLES
          + ", not " + bootstrapSamples);
    }
    Tally tally = new Tally();
    store.tasks().finalPreferences(project.id(), tally);
    List<Comparison> comparisons = tally.comparisons;
    Optional<String> noFit = comparisons.isEmpty()
        ? Optional.of("no resolved task names two different models in model_a and model_b yet")
        : BradleyTerry.nonexistence(comparisons);
    if (noFit.isPresent()) {
      return new Leaderboard(tally.byWinShare(), comparisons.size(), tally.withoutModels, tally.sameModel, noFit,
          bootstrapSamples, 0, seed);
    }
    BradleyTerryFit fit = BradleyTerry.fit(comparisons);
    Optional<BootstrapIntervals> intervals = bootstrap(comparisons, bootstrapSamples, seed);
    List<Standing> standings = new ArrayList<>();
    for (ModelStrength entry : fit.leaderboard()) {
      int[] record = tally.records.get(entry.model());
      standings.add(new Standing(standings.size() + 1, entry.model(), Optional.of(entry.strength()),
          intervals.flatMap(i -> i.interval(entry.model())), record[Tally.WIN], record[Tally.LOSS], record[Tally.TIE]));
    }
    return new Leaderboard(standings, comparisons.size(), tally.withoutModels, tally.sameModel, Optional.empty(),
        bootstrapSamples, intervals.map(BootstrapIntervals::usedReplicates).orElse(0), seed);
  }

  /** Intervals from {@code samples} resamples; empty when none were asked or none had an estimate. */
  private static Optional<BootstrapIntervals> bootstrap(List<Comparison> comparisons, int samples, long seed) {
    if (samples == 0) return Optional.empty();
    try {
      return Optional.of(BradleyTerry.bootstrap(comparisons, samples, new SplittableRandom(seed)));
    } catch (IllegalArgumentException noUsableResample) {
      // the estimate exists for the data (checked before), so only the resamples can have failed
      return Optional.empty();
    }
  }

  /**
   * Comparisons, wins / losses / ties per model and the tasks left out, summed as the store streams. Equal
   * comparisons share one instance, so a large project costs a reference per task.
   */
  private static final class Tally implements Consumer<FinalPreference> {
    private static final int WIN = 0;
    private static final int LOSS = 1;
    private static final int TIE = 2;
    final List<Comparison> comparisons = new ArrayList<>();
    final Map<String, int[]> records = new TreeMap<>();
    private final Map<Comparison, Comparison> distinct = new HashMap<>();
    int withoutModels;
    int sameModel;

    @Override
    public void accept(FinalPreference task) {
      if (task.modelA().isEmpty() || task.modelB().isEmpty()) {
        withoutModels++;
        return;
      }
      String a = task.modelA().get();
      String b = task.modelB().get();
      if (a.equals(b)) {
        sameModel++;
        return;
      }
      Outcome outcome = outcome(task);
      comparisons.add(distinct.computeIfAbsent(new Comparison(a, b, outcome), c -> c));
      int forA = switch (outcome) {
        case A_WINS -> WIN;
        case B_WINS -> LOSS;
        case TIE -> TIE;
      };
      count(a, forA);
      count(b, forA == TIE ? TIE : LOSS - forA);
    }

    private void count(String model, int column) {
      records.computeIfAbsent(model, m -> new int[3])[column]++;
    }

    private static Outcome outcome(FinalPreference task) {
      return switch (task.finalLabel()) {
        case "a" -> Outcome.A_WINS;
        case "b" -> Outcome.B_WINS;
        case "tie" -> Outcome.TIE;
        default -> throw new IllegalStateException("task " + task.taskId() + " has the final label '"
            + task.finalLabel() + "', not a pairwise choice (a, b or tie)");
      };
    }

    /** Every model, by share of wins (ties half) then name, without strengths. */
    List<Standing> byWinShare() {
      List<Standing> unranked = new ArrayList<>();
      records.forEach((model, r) -> unranked.add(new Standing(1, model, Optional.empty(), Optional.empty(), r[WIN],
          r[LOSS], r[TIE])));
      unranked.sort(Comparator.comparingDouble(Standing::winShare).reversed().thenComparing(Standing::model));
      List<Standing> ranked = new ArrayList<>();
      for (Standing s : unranked) {
        ranked.add(new Standing(ranked.size() + 1, s.model(), s.strength(), s.interval(), s.wins(), s.losses(),
            s.ties()));
      }
      return ranked;
    }
  }
}
