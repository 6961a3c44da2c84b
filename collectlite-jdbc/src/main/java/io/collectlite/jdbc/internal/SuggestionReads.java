package io.collectlite.jdbc.internal;

import io.collectlite.suggestion.AnchoringTally;
import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.ModelComparison;
import io.collectlite.suggestion.SuggestionKey;
import io.collectlite.suggestion.SuggestionRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;

/** The reads that evaluate suggestions: settled labels beside suggestions, and anchoring tallies. */
final class SuggestionReads {
  private static final String FINAL = "coalesce(t.review_label, t.consensus_label)";
  private static final String SETTLED = "t.state IN ('resolved', 'exported') AND " + FINAL + " IS NOT NULL";
  /** Settled examples for providers that learn from neighbours; gold answers are never handed to a model. */
  private static final String LABELLED = "SELECT e.example_id, e.fields_json, " + FINAL + " AS label FROM tasks t "
      + "JOIN source_examples e ON e.id = t.source_example_id WHERE t.project_id = :project AND " + SETTLED
      + " AND t.gold_label IS NULL ORDER BY t.resolved_at DESC, t.id DESC LIMIT :limit";
  /** Each model's latest suggestion per settled example (%s: the group expression). */
  private static final String COMPARISONS = "SELECT s.provider, s.model, s.prompt_version, s.label, s.raw_score, "
      + FINAL + " AS final, %s AS grp FROM model_suggestions s JOIN tasks t ON t.source_example_id = s.source_example_id "
      + "JOIN source_examples e ON e.id = s.source_example_id WHERE s.project_id = :project AND " + SETTLED
      + " AND NOT EXISTS (SELECT 1 FROM model_suggestions later WHERE later.source_example_id = s.source_example_id "
      + "AND later.provider = s.provider AND later.model = s.model AND later.prompt_version = s.prompt_version "
      + "AND later.id > s.id)";
  /** Workbench annotations beside the latest suggestion made before their assignment was claimed. */
  private static final String ANCHORING = "SELECT a.suggestions_shown, n.label, s.label, count(*) "
      + "FROM annotations n JOIN assignments a ON a.id = n.assignment_id JOIN tasks t ON t.id = n.task_id "
      + "JOIN model_suggestions s ON s.id = (SELECT max(s2.id) FROM model_suggestions s2 "
      + "WHERE s2.source_example_id = t.source_example_id AND s2.created_at <= a.claimed_at) "
      + "WHERE n.project_id = :project AND n.source = 'workbench' AND a.suggestions_shown IS NOT NULL "
      + "GROUP BY a.suggestions_shown, n.label, s.label";

  private SuggestionReads() {}

  static List<LabelledExample> labelled(Handle h, long projectId, int limit) {
    return h.createQuery(LABELLED).bind("project", projectId).bind("limit", limit)
        .map((rs, ctx) -> new LabelledExample(rs.getString(1), SuggestionRequest.textFields(rs.getString(2)),
            rs.getString(3)))
        .list();
  }

  static List<ModelComparison> comparisons(Handle h, Dialect dialect, long projectId, Optional<String> groupField) {
    String group = groupField.map(f -> dialect.jsonText("e.fields_json", Dialect.jsonKey(f))).orElse("NULL");
    return h.createQuery(COMPARISONS.formatted(group)).bind("project", projectId).map((rs, ctx) -> {
      double score = rs.getDouble(5);
      OptionalDouble raw = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(score);
      String grp = rs.getString(7);
      return new ModelComparison(new SuggestionKey(rs.getString(1), rs.getString(2), rs.getString(3)),
          rs.getString(4), raw, rs.getString(6), grp == null ? "" : grp);
    }).list();
  }

  static List<AnchoringTally> anchoring(Handle h, long projectId) {
    return h.createQuery(ANCHORING).bind("project", projectId)
        .map((rs, ctx) -> new AnchoringTally(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }
}
