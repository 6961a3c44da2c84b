package io.collectlite.quality;

/**
 * Decides a task by its posterior under a project's Dawid–Skene fit. A label the fit never saw
 * (the fit only knows the labels given before it) carries no evidence under it, so a task with such
 * a label is decided by {@code fallback} instead, until a recompute fits it.
 */
final class DawidSkeneAggregator implements Aggregator {
  static final String METHOD = AggregationMethod.DAWID_SKENE.wire();
  private static final double TIE = 1e-9;
  private final DawidSkeneFit fit;
  private final Aggregator fallback;

  DawidSkeneAggregator(DawidSkeneFit fit, Aggregator fallback) {
    this.fit = fit;
    this.fallback = fallback;
  }

  @Override
  public Verdict decide(TaskEvidence evidence) {
    if (!fit.classes().containsAll(evidence.labels())) return fallback.decide(evidence);
    double[] posterior = fit.posterior(Aggregator.annotators(evidence), evidence.labels());
    return best(fit.classes(), posterior);
  }

  /** The class of highest posterior (the first by class order on a tie, which is then not outright). */
  static Verdict best(java.util.List<String> classes, double[] posterior) {
    int best = 0;
    for (int c = 1; c < posterior.length; c++) {
      if (posterior[c] > posterior[best] + TIE) best = c;
    }
    boolean outright = true;
    for (int c = 0; c < posterior.length; c++) {
      if (c != best && posterior[c] >= posterior[best] - TIE) outright = false;
    }
    return new Verdict(classes.get(best), Math.min(1, Math.max(0, posterior[best])), outright, METHOD);
  }
}
