package io.collectlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.collectlite.CollectLite;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.importing.ImportReport;
import io.collectlite.ingest.UploadMode;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.store.Store;
import io.collectlite.task.Claim;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL: an import never waits for a task or assignment row another session holds (a claim or
 * submit under way, which waits for the import's own rows in turn), so it cannot deadlock; it
 * refuses that line instead. A second connection holds the row, so the conflict is deterministic.
 */
class PostgresImportLockTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @TempDir Path exportDir;
  private Store store;
  private CollectLite app;
  private User owner;
  private User ben;
  private Project project;

  @BeforeEach
  void openProjectWithAClaim() {
    store = TestPostgres.scratchStore();
    app = CollectLite.builder().store(store).clock(Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC))
        .random(new Random(7)).exportDirectory(exportDir).build();
    owner = app.createUser("owner").user();
    ben = app.createUser("ben").user();
    project = app.createProject(owner, NewProject.relevance("Locks", "Grade.").withOverlap(3));
    app.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
    app.upload(owner, project.id(), "rows.jsonl", bytes("{\"id\":\"ex-0\",\"query\":\"q0\",\"document\":\"d0\"}",
        "{\"id\":\"ex-1\",\"query\":\"q1\",\"document\":\"d1\"}"));
    app.generateTasks(owner, project.id());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void anAssignmentBeingSubmittedRefusesItsLineInsteadOfDeadlocking() throws Exception {
    Claim claim = app.claimNext(ben, project.id()).orElseThrow();
    assertThat(claim.exampleId()).isEqualTo("ex-0");
    ImportReport report;
    try (Connection submit = holding("SELECT id FROM assignments WHERE id = ? FOR UPDATE", claim.assignmentId())) {
      report = importLenient(line("ex-0", "ann"), line("ex-0", "ben"), line("ex-1", "ben"));
      submit.rollback();
    }
    assertThat(report.annotationsImported()).isEqualTo(2);
    assertThat(report.rejected()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.field()).isEqualTo("annotator");
      assertThat(p.message()).contains("being submitted right now; import this line again");
    });
    // once the submit is over, the refused line imports: it finishes ben's claim
    assertThat(importLenient(line("ex-0", "ben")).annotationsImported()).isEqualTo(1);
  }

  @Test
  void aTaskBeingClaimedRefusesItsLineAndAStrictImportIsRefusedWhole() throws Exception {
    long task = app.claimNext(ben, project.id()).orElseThrow().taskId();
    try (Connection claimer = holding("SELECT id FROM tasks WHERE id = ? FOR UPDATE", task)) {
      ImportReport report = importLenient(line("ex-0", "ann"), line("ex-1", "ann"));
      assertThat(report.annotationsImported()).isEqualTo(1);
      assertThat(report.rejected()).extracting(Problem::line, Problem::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "example_id"));
      assertThat(report.rejected().get(0).message()).contains("being claimed or submitted right now");
      assertTimeoutPreemptively(PATIENCE, () -> assertThatThrownBy(() -> app.importLabels(owner, project.id(),
          "again.jsonl", bytes(line("ex-0", "cy")), UploadMode.STRICT))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
              .extracting(Problem::field).containsExactly("example_id")));
      claimer.rollback();
    }
  }

  /** A second session holding the row lock of {@code sql} on {@code id} until it rolls back. */
  private Connection holding(String sql, long id) throws SQLException {
    Connection c = TestPostgres.connect(store);
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
      }
    }
    return c;
  }

  private ImportReport importLenient(String... lines) {
    return assertTimeoutPreemptively(PATIENCE, () -> app.importLabels(owner, project.id(), "history.jsonl",
        bytes(lines), UploadMode.LENIENT));
  }

  private static String line(String example, String annotator) {
    return "{\"example_id\":\"" + example + "\",\"annotator\":\"" + annotator + "\",\"label\":\"irrelevant\"}";
  }

  private static ByteArrayInputStream bytes(String... lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
