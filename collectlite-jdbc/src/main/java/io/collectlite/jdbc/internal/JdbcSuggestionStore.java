package io.collectlite.jdbc.internal;

import io.collectlite.store.SuggestionStore;
import io.collectlite.suggestion.AnchoringTally;
import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.ModelComparison;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.suggestion.PendingExample;
import io.collectlite.suggestion.SuggestionBatch;
import io.collectlite.suggestion.SuggestionFailure;
import io.collectlite.suggestion.SuggestionKey;
import io.collectlite.suggestion.SuggestionSettings;
import io.collectlite.suggestion.SuggestionSettingsJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Model suggestions (see {@link Suggestions}), suggestion runs ({@link SuggestionRuns}) and their evaluation. */
final class JdbcSuggestionStore implements SuggestionStore {
  private final Db db;

  JdbcSuggestionStore(Db db) {
    this.db = db;
  }

  @Override
  public List<ModelSuggestion> forExample(long projectId, String exampleId) {
    return db.read(h -> Suggestions.forExample(h, projectId, exampleId));
  }

  @Override
  public SuggestionSettings settings(long projectId) {
    return db.read(h -> h.createQuery("SELECT suggestion_settings FROM projects WHERE id = :id").bind("id", projectId)
        .map((rs, ctx) -> Optional.ofNullable(rs.getString(1))).findOne().flatMap(json -> json)
        .map(SuggestionSettingsJson::read).orElse(SuggestionSettings.DEFAULTS));
  }

  @Override
  public void putSettings(long projectId, SuggestionSettings settings, long actorId, Instant now) {
    String json = SuggestionSettingsJson.write(settings);
    db.tx(h -> {
      JdbcProjectStore.putSettings(h, projectId, JdbcProjectStore.SettingsColumn.SUGGESTIONS, json, actorId, now);
      return null;
    });
  }

  @Override
  public int countDone(long projectId, SuggestionKey key) {
    return db.read(h -> SuggestionRuns.count(h, projectId, key, true));
  }

  @Override
  public int countPending(long projectId, SuggestionKey key) {
    return db.read(h -> SuggestionRuns.count(h, projectId, key, false));
  }

  @Override
  public List<PendingExample> pending(long projectId, SuggestionKey key, long afterRowId, int limit) {
    return db.read(h -> SuggestionRuns.pending(h, projectId, key, afterRowId, limit));
  }

  @Override
  public List<LabelledExample> labelled(long projectId, int limit) {
    return db.read(h -> SuggestionReads.labelled(h, projectId, limit));
  }

  @Override
  public void record(SuggestionBatch batch, Instant now) {
    db.tx(h -> {
      SuggestionRuns.record(h, db.dialect(), batch, now);
      return null;
    });
  }

  @Override
  public List<ModelComparison> comparisons(long projectId, Optional<String> groupField) {
    return db.read(h -> SuggestionReads.comparisons(h, db.dialect(), projectId, groupField));
  }

  @Override
  public List<AnchoringTally> anchoring(long projectId) {
    return db.read(h -> SuggestionReads.anchoring(h, projectId));
  }

  @Override
  public List<io.collectlite.suggestion.OpenSuggestion> openSuggestions(long projectId) {
    return db.read(h -> SuggestionRuns.open(h, projectId));
  }

  @Override
  public void prioritize(long projectId, java.util.Map<Long, Integer> priorities, Instant now) {
    db.tx(h -> {
      SuggestionRuns.prioritize(h, projectId, priorities, now);
      return null;
    });
  }

  @Override
  public List<SuggestionFailure> failures(long jobId, int limit) {
    return db.read(h -> h.createQuery("SELECT e.example_id, f.provider, f.model, f.prompt_version, f.error, "
            + "f.attempts, f.created_at FROM suggestion_failures f JOIN source_examples e ON e.id = f.source_example_id "
            + "WHERE f.job_id = :job ORDER BY f.id LIMIT :limit").bind("job", jobId).bind("limit", limit)
        .map((rs, ctx) -> new SuggestionFailure(rs.getString(1), new SuggestionKey(rs.getString(2), rs.getString(3),
            rs.getString(4)), rs.getString(5), rs.getInt(6), Micros.toInstant(rs.getLong(7))))
        .list());
  }

  @Override
  public boolean shownTo(long taskId, long annotatorId) {
    return db.read(h -> SuggestionRuns.shown(h, taskId, annotatorId)).orElse(false);
  }
}
