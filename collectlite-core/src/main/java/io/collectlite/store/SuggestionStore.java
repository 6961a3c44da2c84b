package io.collectlite.store;

import io.collectlite.suggestion.ModelSuggestion;
import java.util.List;

/** Model suggestions: assistance stored next to examples, never counted as annotations. */
public interface SuggestionStore {
  /** The suggestions for one example of a project, oldest first. */
  List<ModelSuggestion> forExample(long projectId, String exampleId);
}
