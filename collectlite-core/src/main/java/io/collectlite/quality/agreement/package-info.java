/**
 * Agreement among annotators: Krippendorff's alpha, Fleiss' and Cohen's kappa and per-task agreement,
 * computed from a {@link io.collectlite.quality.agreement.RatingTable} of units × coders with missing values.
 *
 * <p>Start at {@link io.collectlite.quality.agreement.Agreement}. Everything here is pure and stateless; results
 * are immutable records and safe to share between threads.
 */
package io.collectlite.quality.agreement;
