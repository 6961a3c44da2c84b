package io.collectlite.quality.aggregation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fitted Dawid–Skene model and the posterior class probabilities of every task.
 *
 * @param classes the classes, in text order
 * @param priors each class's estimated share of the tasks, summing to 1
 * @param confusion each annotator's estimated error rates; rows sum to 1
 * @param posteriors each task's probability of each class, summing to 1
 * @param iterations EM iterations performed (M-step and E-step pairs)
 * @param converged whether the tolerance was met before the iteration cap; when false the estimates are the
 *     last iterate
 * @param logLikelihood the log-likelihood of the votes under the final priors and confusion matrices (the plain
 *     likelihood: the smoothing pseudo-counts are not part of it)
 */
public record DawidSkeneResult(List<String> classes, Map<String, Double> priors,
    Map<Long, ConfusionMatrix> confusion, Map<Long, Map<String, Double>> posteriors, int iterations,
    boolean converged, double logLikelihood) {
  /** Posteriors closer than this count as equal when picking a task's label. */
  public static final double TIE_TOLERANCE = 1e-12;

  public DawidSkeneResult {
    classes = List.copyOf(classes);
    priors = Map.copyOf(priors);
    confusion = Map.copyOf(confusion);
    posteriors = deepCopy(posteriors);
    if (classes.isEmpty() || !priors.keySet().equals(Set.copyOf(classes))) {
      throw new IllegalArgumentException("one prior per class expected: " + priors.keySet() + " for " + classes);
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations cannot be negative: " + iterations);
    }
  }

  /**
   * The task's most probable class; between equally probable classes (within {@value #TIE_TOLERANCE}, so that
   * rounding never decides), the first in text order.
   *
   * @throws IllegalArgumentException if the task had no votes in the fit
   */
  public String label(long taskId) {
    Map<String, Double> task = task(taskId);
    double top = task.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return classes.stream().filter(c -> task.get(c) >= top - TIE_TOLERANCE).findFirst().orElseThrow();
  }

  /**
   * The posterior probability of {@link #label(long)}.
   *
   * @throws IllegalArgumentException if the task had no votes in the fit
   */
  public double posterior(long taskId) {
    return task(taskId).get(label(taskId));
  }

  /**
   * The annotator's overall accuracy under the model, {@code sum over t of prior(t) * P(t | t)}: the chance that
   * they answer a random task correctly.
   *
   * @throws IllegalArgumentException if the annotator had no votes in the fit
   */
  public double accuracy(long annotatorId) {
    ConfusionMatrix matrix = confusion.get(annotatorId);
    if (matrix == null) {
      throw new IllegalArgumentException("annotator " + annotatorId + " has no votes in this fit");
    }
    double accuracy = 0;
    for (String c : classes) {
      accuracy += priors.get(c) * matrix.recall(c);
    }
    return accuracy;
  }

  /**
   * Class probabilities of one task's votes under the fitted priors and confusion matrices, without refitting:
   * one E-step. Votes of annotators absent from the fit carry no information and are ignored; with no usable
   * vote the result is the priors. If every class is impossible (only with zero smoothing) it is uniform.
   *
   * @param taskVotes the votes on one task, possibly none; their task ids are not looked at
   * @throws IllegalArgumentException if a vote's label is not one of {@link #classes()}
   */
  public Map<String, Double> posteriorsFor(List<Vote> taskVotes) {
    for (Vote vote : taskVotes) {
      if (!classes.contains(vote.label())) {
        throw new IllegalArgumentException("not one of the classes " + classes + ": " + vote.label());
      }
    }
    double[] logs = new double[classes.size()];
    for (int t = 0; t < logs.length; t++) {
      logs[t] = Math.log(priors.get(classes.get(t)));
    }
    for (Vote vote : taskVotes) {
      ConfusionMatrix matrix = confusion.get(vote.annotatorId());
      if (matrix != null) {
        for (int t = 0; t < logs.length; t++) {
          logs[t] += Math.log(matrix.p(classes.get(t), vote.label()));
        }
      }
    }
    EmFit.normalise(logs);
    Map<String, Double> result = new HashMap<>();
    for (int t = 0; t < logs.length; t++) {
      result.put(classes.get(t), logs[t]);
    }
    return Map.copyOf(result);
  }

  /** An immutable copy; a fit's own table is immutable already and is kept. */
  private static Map<Long, Map<String, Double>> deepCopy(Map<Long, Map<String, Double>> posteriors) {
    if (posteriors instanceof PosteriorTable) {
      return posteriors;
    }
    Map<Long, Map<String, Double>> copy = new HashMap<>();
    posteriors.forEach((task, probabilities) -> copy.put(task, Map.copyOf(probabilities)));
    return Map.copyOf(copy);
  }

  private Map<String, Double> task(long taskId) {
    Map<String, Double> task = posteriors.get(taskId);
    if (task == null) {
      throw new IllegalArgumentException("task " + taskId + " has no votes in this fit");
    }
    return task;
  }
}
