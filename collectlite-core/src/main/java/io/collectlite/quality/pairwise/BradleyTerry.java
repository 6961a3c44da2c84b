package io.collectlite.quality.pairwise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bradley–Terry strengths from pairwise comparisons: the entry point of this package.
 *
 * <p>The model says model {@code i} is preferred to model {@code j} with probability
 * {@code exp(s_i) / (exp(s_i) + exp(s_j))}. Strengths {@code s} are maximum-likelihood estimates on the natural
 * log scale, normalised to sum to zero over the fitted models, so only differences carry meaning. A tie counts
 * as half a win for each side (the usual convention; it is not Davidson's tie model).
 *
 * <p>No regularisation is applied: when the maximum-likelihood estimate does not exist, because the models
 * fall into groups never compared with each other, or some model or group never wins or never loses against
 * the rest, the methods throw {@link IllegalArgumentException} saying which models are affected. All methods
 * are pure and thread-safe.
 */
public final class BradleyTerry {
  private static final Logger LOG = LoggerFactory.getLogger(BradleyTerry.class);
  private static final double LOWER_PERCENTILE = 0.025;
  private static final double UPPER_PERCENTILE = 0.975;

  private BradleyTerry() {}

  /**
   * Why the maximum-likelihood estimate does not exist for these comparisons, naming the models affected, or
   * empty when it exists, in which case {@link #fit} does not refuse them. Lets a caller report the reason
   * instead of catching the exception.
   */
  public static Optional<String> nonexistence(List<Comparison> comparisons) {
    return Tally.of(comparisons).nonexistence();
  }

  /**
   * Fits strengths with the default {@link Convergence}.
   *
   * @throws IllegalArgumentException if the maximum-likelihood estimate does not exist for these comparisons
   */
  public static BradleyTerryFit fit(List<Comparison> comparisons) {
    return fit(comparisons, Convergence.defaults());
  }

  /**
   * Fits strengths by the MM algorithm of Hunter (2004), stopping as {@code convergence} says.
   *
   * @throws IllegalArgumentException if the maximum-likelihood estimate does not exist for these comparisons
   */
  public static BradleyTerryFit fit(List<Comparison> comparisons, Convergence convergence) {
    Tally tally = Tally.of(comparisons);
    tally.nonexistence().ifPresent(reason -> {
      throw new IllegalArgumentException(reason);
    });
    MmFit mm = MmFit.run(tally, convergence);
    if (!mm.converged) {
      LOG.warn("Bradley-Terry fit stopped at the iteration cap before converging: iterations={} tolerance={}",
          mm.iterations, convergence.tolerance());
    }
    List<ModelStrength> leaderboard = new ArrayList<>();
    for (int i = 0; i < tally.models.size(); i++) {
      leaderboard.add(new ModelStrength(tally.models.get(i), mm.strengths[i], tally.comparisons[i],
          tally.wins[i]));
    }
    leaderboard.sort(Comparator.comparingDouble(ModelStrength::strength).reversed()
        .thenComparing(ModelStrength::model));
    return new BradleyTerryFit(leaderboard, mm.iterations, mm.converged);
  }

  /**
   * Percentile bootstrap 95% intervals with the default {@link Convergence}.
   *
   * @see #bootstrap(List, int, RandomGenerator, Convergence)
   */
  public static BootstrapIntervals bootstrap(List<Comparison> comparisons, int replicates,
      RandomGenerator random) {
    return bootstrap(comparisons, replicates, random, Convergence.defaults());
  }

  /**
   * Percentile bootstrap 95% intervals: {@code replicates} times, draws as many comparisons as given, with
   * replacement, refits, and takes the 2.5th and 97.5th percentiles of each model's strength (linear
   * interpolation between order statistics, R's default type 7).
   *
   * <p>A resample in which some model is missing, the maximum-likelihood estimate does not exist, or the fit
   * does not converge is left out of the percentiles and counted in
   * {@link BootstrapIntervals#usedReplicates()}; with sparse data many may be. The draws come only from
   * {@code random}, so a seeded generator gives the same intervals every time.
   *
   * @throws IllegalArgumentException if {@code replicates} is not positive, the estimate does not exist for
   *     the comparisons themselves, or for none of the resamples
   */
  public static BootstrapIntervals bootstrap(List<Comparison> comparisons, int replicates,
      RandomGenerator random, Convergence convergence) {
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be positive: " + replicates);
    }
    List<String> models = fit(comparisons, convergence).leaderboard().stream().map(ModelStrength::model)
        .sorted().toList();
    List<double[]> samples = new ArrayList<>();
    for (int r = 0; r < replicates; r++) {
      resampleStrengths(comparisons, models, random, convergence).ifPresent(samples::add);
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no bootstrap resample of these " + comparisons.size()
          + " comparisons has a maximum-likelihood estimate for every model");
    }
    Map<String, Interval> intervals = new HashMap<>();
    for (int i = 0; i < models.size(); i++) {
      double[] values = new double[samples.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = samples.get(r)[i];
      }
      Arrays.sort(values);
      intervals.put(models.get(i), new Interval(percentile(values, LOWER_PERCENTILE),
          percentile(values, UPPER_PERCENTILE)));
    }
    return new BootstrapIntervals(intervals, replicates, samples.size());
  }

  /** One resample's strengths, indexed like {@code models}, or empty when the resample is unusable. */
  private static Optional<double[]> resampleStrengths(List<Comparison> comparisons, List<String> models,
      RandomGenerator random, Convergence convergence) {
    List<Comparison> resample = new ArrayList<>(comparisons.size());
    for (int k = 0; k < comparisons.size(); k++) {
      resample.add(comparisons.get(random.nextInt(comparisons.size())));
    }
    Tally tally = Tally.of(resample);
    if (!tally.models.equals(models) || tally.nonexistence().isPresent()) {
      return Optional.empty();
    }
    MmFit mm = MmFit.run(tally, convergence);
    return mm.converged ? Optional.of(mm.strengths) : Optional.empty();
  }

  /** Type 7 sample quantile of sorted {@code values}. */
  static double percentile(double[] values, double p) {
    double h = (values.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, values.length - 1);
    return values[below] + (h - below) * (values[above] - values[below]);
  }
}
