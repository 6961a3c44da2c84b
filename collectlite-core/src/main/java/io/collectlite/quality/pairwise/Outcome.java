package io.collectlite.quality.pairwise;

/** Which side of a {@link Comparison} was preferred. */
public enum Outcome {
  /** Model A was preferred. */
  A_WINS,
  /** Model B was preferred. */
  B_WINS,
  /** Neither was preferred; the fit counts it as half a win for each side. */
  TIE;

  /** The same judgement seen from the other side, for a comparison whose models are swapped. */
  public Outcome swapped() {
    return switch (this) {
      case A_WINS -> B_WINS;
      case B_WINS -> A_WINS;
      case TIE -> TIE;
    };
  }
}
