/**
 * Aggregation of annotators' labels beyond a plain majority: Dawid and Skene's (1979) EM estimate of each
 * annotator's confusion matrix and each task's class probabilities ({@link
 * io.collectlite.quality.aggregation.DawidSkene}), a reliability-weighted vote per task ({@link
 * io.collectlite.quality.aggregation.WeightedVote}), and an annotator's accuracy on gold tasks with a Beta
 * credible interval ({@link io.collectlite.quality.aggregation.Reliability}).
 *
 * <p>Labels are consensus keys, compared as text; classes are always ordered by that text, and ties are broken
 * by it, so no result depends on the order of the votes. Everything here is pure; results are immutable
 * records and safe to share between threads.
 */
package io.collectlite.quality.aggregation;
