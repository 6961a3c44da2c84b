/**
 * Model leaderboards of pairwise-preference projects: which model produced each response (the row fields
 * {@code model_a} and {@code model_b}), each resolved task's final label as one comparison, and the models ranked
 * by Bradley–Terry strength ({@link io.collectlite.quality.pairwise.BradleyTerry}) with bootstrap intervals.
 *
 * <p>Read one with {@link io.collectlite.CollectLite#leaderboard}. Everything here is an immutable record.
 */
package io.collectlite.leaderboard;
