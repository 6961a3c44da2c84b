package io.collectlite.suggestion;

import java.util.Objects;

/**
 * Workbench annotations made while a suggestion existed for their example, counted by whether the
 * assignment showed suggestions and by the pair (annotation label, latest suggestion label).
 */
public record AnchoringTally(boolean shown, String annotated, String suggested, long annotations) {
  public AnchoringTally {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(suggested, "suggested");
  }
}
