package io.collectlite.jdbc.internal;

import io.collectlite.export.ExportRow;
import io.collectlite.suggestion.ModelSuggestion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Folds the export cursor's rows — one per task and suggestion, a task's suggestions adjacent and newest
 * first, a task without any on one row — into one {@link ExportRow} per task carrying its suggestions.
 * Holds one task's rows at a time. Not thread-safe.
 */
final class SuggestedRows implements Iterator<ExportRow> {
  /** One row of the cursor: a task's export row and one of its suggestions, if it has any. */
  record Joined(ExportRow row, Optional<ModelSuggestion> suggestion) {}

  private final Iterator<Joined> joined;
  private Joined pending;

  SuggestedRows(Iterator<Joined> joined) {
    this.joined = joined;
  }

  @Override
  public boolean hasNext() {
    return pending != null || joined.hasNext();
  }

  @Override
  public ExportRow next() {
    if (!hasNext()) throw new NoSuchElementException();
    Joined first = pending != null ? pending : joined.next();
    pending = null;
    List<ModelSuggestion> suggestions = new ArrayList<>();
    first.suggestion().ifPresent(suggestions::add);
    while (joined.hasNext()) {
      Joined next = joined.next();
      if (next.row().taskId() != first.row().taskId()) {
        pending = next;
        break;
      }
      next.suggestion().ifPresent(suggestions::add);
    }
    return first.row().withSuggestions(suggestions);
  }
}
