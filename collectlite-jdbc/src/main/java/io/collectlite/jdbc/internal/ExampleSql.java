package io.collectlite.jdbc.internal;

/** SQL of the datasets and source_examples tables. */
final class ExampleSql {
  static final String INSERT = "INSERT INTO source_examples (project_id, dataset_id, example_id, fields_json, "
      + "source_hash, ingested_at) VALUES (:project, :dataset, :exampleId, :fields, :hash, :now)";
  static final String EXISTING = "SELECT example_id, source_hash FROM source_examples WHERE project_id = :project";
  static final String INSERT_DATASET = "INSERT INTO datasets (project_id, file_name, uploaded_by, row_count, "
      + "created_at) VALUES (:project, :file, :by, :rows, :now) RETURNING id";
  static final String COUNT_DATASET = "UPDATE datasets SET row_count = :rows WHERE id = :id";
  static final String COUNT = "SELECT count(*) FROM source_examples WHERE project_id = :project";

  private ExampleSql() {}

  /** Keeps the gold answers of freshly inserted rows on their examples, for task generation. */
  static void storeGold(org.jdbi.v3.core.Handle h, long projectId, java.util.List<io.collectlite.ingest.SourceRow> rows) {
    if (rows.isEmpty()) return;
    var batch = h.prepareBatch("UPDATE source_examples SET gold_label = :label, gold_answers = :answers "
        + "WHERE project_id = :project AND example_id = :example");
    for (var row : rows) {
      batch.bind("label", row.gold().orElseThrow().primaryKey()).bind("answers", row.gold().orElseThrow().json())
          .bind("project", projectId).bind("example", row.exampleId()).add();
    }
    batch.execute();
  }
}
