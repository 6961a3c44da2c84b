package io.collectlite.template;

import java.util.List;

/** One question of a label schema. Further kinds (multi choice, pairwise, free text) join here. */
public sealed interface Question permits OrdinalScale {
  /** The question's name, unique in its schema. */
  String name();

  /** The answers it allows, in order. */
  List<LabelOption> options();
}
