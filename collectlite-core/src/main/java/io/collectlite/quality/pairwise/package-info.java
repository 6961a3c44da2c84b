/**
 * Bradley–Terry strengths from pairwise preferences ("model A's answer is better than model B's"), fitted by
 * maximum likelihood with Hunter's (2004) MM algorithm, with percentile bootstrap intervals.
 *
 * <p>Start at {@link io.collectlite.quality.pairwise.BradleyTerry}. Everything here is pure; results are
 * immutable records and safe to share between threads.
 */
package io.collectlite.quality.pairwise;
