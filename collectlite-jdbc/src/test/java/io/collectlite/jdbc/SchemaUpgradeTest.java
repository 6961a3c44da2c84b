package io.collectlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.CollectLite;
import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.project.TaskType;
import io.collectlite.store.Store;
import io.collectlite.task.Claim;
import io.collectlite.template.Presets;
import io.collectlite.user.User;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the first release's schema (V1) with a relevance project in it, annotations
 * included, is migrated to the current schema and keeps working: its template reads as a
 * one-question schema, its annotations gain their answers, new work and exports go on.
 */
class SchemaUpgradeTest {
  private static final String SCHEMA_V1 = "{\"question\":{\"kind\":\"ordinal\",\"name\":\"relevance\","
      + "\"prompt\":\"How relevant is the document to the query?\",\"options\":["
      + "{\"value\":\"irrelevant\",\"title\":\"Irrelevant\",\"key\":\"1\"},"
      + "{\"value\":\"partially_relevant\",\"title\":\"Partially relevant\",\"key\":\"2\"},"
      + "{\"value\":\"highly_relevant\",\"title\":\"Highly relevant\",\"key\":\"3\"}]},"
      + "\"required_fields\":[\"query\",\"document\"]}";
  private static final long T = 1_740_819_600_000_000L;
  private static final long LONG_LEASE = T + 10L * 365 * 24 * 3600 * 1_000_000;

  @TempDir Path dir;

  @Test
  void aSqliteDatabaseOfTheFirstSchemaUpgradesAndKeepsWorking() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("v1.db");
    seedVersionOne(url, "sqlite");
    try (Store store = JdbcStores.sqlite(dir.resolve("v1.db")); Connection raw = DriverManager.getConnection(url)) {
      assertStillWorks(store, raw);
    }
  }

  @Test
  void aPostgresDatabaseOfTheFirstSchemaUpgradesAndKeepsWorking() throws Exception {
    String schema = "collectlite_upgrade_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(TestPostgres.adminUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String url = TestPostgres.adminUrl() + (TestPostgres.adminUrl().contains("?") ? "&" : "?")
        + "currentSchema=" + schema;
    try {
      seedVersionOne(url, "postgresql");
      try (Store store = JdbcStores.open(url); Connection raw = DriverManager.getConnection(url)) {
        assertStillWorks(store, raw);
      }
    } finally {
      try (Connection c = DriverManager.getConnection(TestPostgres.adminUrl()); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Owner, two annotators, one project, two examples: task 1 resolved by two annotations, task 2 new. */
  private static void seedVersionOne(String url, String dialect) throws SQLException {
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + dialect).target("1")
        .load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String name : List.of("olivia", "ann", "ben")) {
        s.execute("INSERT INTO users (name, token_hash, created_at) VALUES ('" + name + "', 'hash-" + name + "', "
            + T + ")");
      }
      s.execute("INSERT INTO projects (name, task_type, overlap, seed, owner_id, created_at) "
          + "VALUES ('Old', 'document_relevance', 2, 42, 1, " + T + ")");
      s.execute("INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (1, 1, 'owner', " + T
          + "), (1, 2, 'annotator', " + T + "), (1, 3, 'annotator', " + T + ")");
      s.execute("INSERT INTO task_templates (project_id, version, instructions, schema_json, created_by, created_at) "
          + "VALUES (1, 1, 'Grade it', '" + SCHEMA_V1 + "', 1, " + T + ")");
      s.execute("INSERT INTO datasets (project_id, file_name, uploaded_by, row_count, created_at) "
          + "VALUES (1, 'rows.jsonl', 1, 2, " + T + ")");
      s.execute("INSERT INTO source_examples (project_id, dataset_id, example_id, fields_json, source_hash, "
          + "ingested_at) VALUES (1, 1, 'q1', '{\"document\":\"d1\",\"query\":\"q1\"}', 'h1', " + T + "), "
          + "(1, 1, 'q2', '{\"document\":\"d2\",\"query\":\"q2\"}', 'h2', " + T + ")");
      s.execute("INSERT INTO tasks (project_id, source_example_id, state, required_annotations, submitted_count, "
          + "template_version, created_at, updated_at, resolved_at, consensus_label, consensus_score, "
          + "consensus_method) VALUES (1, 1, 'resolved', 2, 2, 1, " + T + ", " + T + ", " + T
          + ", 'highly_relevant', 1.0, 'majority')");
      s.execute("INSERT INTO tasks (project_id, source_example_id, state, required_annotations, template_version, "
          + "created_at, updated_at) VALUES (1, 2, 'created', 2, 1, " + T + ", " + T + ")");
      // before V10 an annotator could hold several leases: ben holds q2 (a lease running for years) and,
      // later claimed, q3 (a lease long run out); V10 keeps the one that runs longest
      s.execute("INSERT INTO source_examples (project_id, dataset_id, example_id, fields_json, source_hash, "
          + "ingested_at) VALUES (1, 1, 'q3', '{\"document\":\"d3\",\"query\":\"q3\"}', 'h3', " + T + ")");
      s.execute("UPDATE tasks SET state = 'assigned', active_count = 1 WHERE id = 2");
      s.execute("INSERT INTO tasks (project_id, source_example_id, state, required_annotations, active_count, "
          + "template_version, created_at, updated_at) VALUES (1, 3, 'assigned', 2, 1, 1, " + T + ", " + T + ")");
      s.execute("INSERT INTO assignments (task_id, project_id, annotator_id, status, claimed_at, lease_expires_at) "
          + "VALUES (2, 1, 3, 'active', " + T + ", " + LONG_LEASE + "), (3, 1, 3, 'active', " + (T + 5) + ", "
          + (T + 6) + ")");
      for (int annotator = 2; annotator <= 3; annotator++) {
        s.execute("INSERT INTO assignments (task_id, project_id, annotator_id, status, claimed_at, lease_expires_at, "
            + "finished_at) VALUES (1, 1, " + annotator + ", 'submitted', " + T + ", " + (T + 1) + ", " + T + ")");
        s.execute("INSERT INTO annotations (task_id, assignment_id, project_id, annotator_id, label, confidence, "
            + "notes, latency_ms, template_version, created_at) VALUES (1, " + (annotator - 1) + ", 1, " + annotator
            + ", 'highly_relevant', 'high', '', 900, 1, " + T + ")");
      }
    }
  }

  private void assertStillWorks(Store store, Connection raw) throws Exception {
    // the dashboard's counts of the rows stored before V9, filled in by the migration
    assertThat(Recount.describe(store.metrics().counts(1))).isEqualTo(Recount.of(raw, 1))
        .contains("annotator 2 ann 1 timed 1 median 900.000").contains("final highly_relevant 1 0 0");
    CollectLite lite = CollectLite.builder().store(store).exportDirectory(dir.resolve("exports")).build();
    User owner = store.users().find(1).orElseThrow();
    User ann = store.users().find(2).orElseThrow();
    assertThat(lite.template(owner, 1).schema()).isEqualTo(Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE));
    assertThat(store.tasks().annotations(1)).extracting(Annotation::answers)
        .allSatisfy(json -> assertThat(new ObjectMapper().readTree(json))
            .isEqualTo(new ObjectMapper().readTree("{\"relevance\":\"highly_relevant\"}")));
    try (Statement s = raw.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT t.active_count, a.status FROM tasks t JOIN assignments a "
            + "ON a.task_id = t.id AND a.annotator_id = 3 WHERE t.id > 1 ORDER BY t.id")) {
      List<String> rows = new java.util.ArrayList<>();
      while (rs.next()) rows.add(rs.getInt(1) + " " + rs.getString(2));
      assertThat(rows).as("ben keeps the lease that runs longest; the other's slot is free again")
          .containsExactly("1 active", "0 expired");
    }
    User ben = store.users().find(3).orElseThrow();
    assertThat(lite.claimNext(ben, 1).orElseThrow().exampleId()).as("ben's claim resumes the lease kept").isEqualTo("q2");
    Claim claim = lite.claimNext(ann, 1).orElseThrow();
    assertThat(claim.exampleId()).isEqualTo("q2");
    lite.submit(ann, claim.taskId(), AnnotationInput.of("irrelevant"));
    ExportInfo export = lite.export(owner, 1, ExportFormat.JSONL);
    assertThat(export.recordCount()).isEqualTo(1);
    assertThat(Recount.describe(store.metrics().counts(1))).isEqualTo(Recount.of(raw, 1));
    try (InputStream in = lite.openExport(owner, export.id())) {
      String jsonl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(export.schemaVersion()).isEqualTo("2");
      assertThat(ExportSchemaCheck.violations(TaskType.DOCUMENT_RELEVANCE, export.schemaVersion(), jsonl)).isEmpty();
      assertThat(jsonl).contains("\"final_label\":\"highly_relevant\"");
    }
  }
}
