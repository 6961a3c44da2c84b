/**
 * How well a model's suggestions match the humans' settled labels, and whether showing them sways the humans:
 * Spearman's rank correlation, nDCG@k, and Wilson and Newcombe intervals for proportions. Pure functions.
 */
package io.collectlite.suggestion.evaluation;
