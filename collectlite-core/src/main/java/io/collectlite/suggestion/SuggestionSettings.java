package io.collectlite.suggestion;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A project's suggestion settings.
 *
 * @param visibility whether annotators see suggestions
 * @param ablationShare under {@link Visibility#ABLATION}, the share of assignments that hide them (0 to 1,
 *     exclusive); ignored otherwise
 * @param activeLearning whether model uncertainty sets the queue's priority
 */
public record SuggestionSettings(Visibility visibility, double ablationShare, ActiveLearning activeLearning) {
  /** Suggestions shown to everyone, a half-and-half ablation share kept ready, no active learning. */
  public static final SuggestionSettings DEFAULTS = new SuggestionSettings(Visibility.SHOWN, 0.5, ActiveLearning.OFF);

  public SuggestionSettings {
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(activeLearning, "activeLearning");
    if (!(ablationShare > 0 && ablationShare < 1)) {
      throw new IllegalArgumentException("the ablation share lies strictly between 0 and 1");
    }
  }

  /** Draws whether a new assignment shows suggestions. */
  public boolean drawShown(RandomGenerator random) {
    return switch (visibility) {
      case SHOWN -> true;
      case HIDDEN -> false;
      case ABLATION -> random.nextDouble() >= ablationShare;
    };
  }
}
