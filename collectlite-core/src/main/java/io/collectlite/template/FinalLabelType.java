package io.collectlite.template;

/**
 * The JSON type of an export's {@code final_label}, decided by the first question's kind. The
 * consensus key is already the label's JSON text for {@link #NUMBER} (plain decimal) and
 * {@link #LIST} (a canonical list), and its string value for {@link #TEXT}.
 */
public enum FinalLabelType {
  /** An option value (single choice, ordinal, pairwise choice). */
  TEXT,
  /** A numeric rating. */
  NUMBER,
  /** A multi-choice label set. */
  LIST;

  static FinalLabelType of(Question primary) {
    if (primary instanceof NumericRating) return NUMBER;
    if (primary instanceof MultiChoice) return LIST;
    return TEXT;
  }
}
