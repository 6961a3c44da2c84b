package io.collectlite.http;

import io.collectlite.error.Problems;
import io.collectlite.export.SplitRatios;
import io.javalin.openapi.OpenApiIgnore;
import io.javalin.openapi.OpenApiRequired;

/**
 * A project's train/validation/evaluation shares: each at least 0, summing to 1 (within 1e-6).
 * Every export of the project places its examples by them.
 */
record SplitRatiosView(@OpenApiRequired Double train, @OpenApiRequired Double validation,
    @OpenApiRequired Double evaluation) {
  static SplitRatiosView of(SplitRatios r) {
    return new SplitRatiosView(r.train(), r.validation(), r.evaluation());
  }

  /** The ratios; a missing share is refused naming {@code split_ratios.<share>}. */
  @OpenApiIgnore // not a field of the body
  SplitRatios toRatios() {
    Problems problems = new Problems();
    required(problems, "train", train);
    required(problems, "validation", validation);
    required(problems, "evaluation", evaluation);
    problems.throwIfAny();
    return new SplitRatios(train, validation, evaluation);
  }

  private static void required(Problems problems, String share, Double value) {
    if (value == null) problems.add("split_ratios." + share, "is required");
  }
}
