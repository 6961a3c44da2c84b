package io.collectlite.jdbc.internal;

import io.collectlite.store.SuggestionStore;
import io.collectlite.suggestion.ModelSuggestion;
import java.util.List;

/** Reads the model_suggestions table (see {@link Suggestions}). */
final class JdbcSuggestionStore implements SuggestionStore {
  private final Db db;

  JdbcSuggestionStore(Db db) {
    this.db = db;
  }

  @Override
  public List<ModelSuggestion> forExample(long projectId, String exampleId) {
    return db.read(h -> Suggestions.forExample(h, projectId, exampleId));
  }
}
