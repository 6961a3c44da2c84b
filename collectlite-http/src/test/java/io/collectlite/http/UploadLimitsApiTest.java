package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-upload-mb} and {@code --max-field-chars}: a server started with small limits refuses what passes them. */
class UploadLimitsApiTest {
  private static final int MB = 1024 * 1024;
  private static final int MAX_FIELD_CHARS = 50;

  @TempDir Path dir;
  TestServer server;
  Team team;

  @BeforeEach
  void start() {
    server = TestServer.sqliteWithArgs(dir, "--max-upload-mb", "1", "--max-field-chars", String.valueOf(MAX_FIELD_CHARS));
    team = new Team(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fieldOverTheCharacterLimitIsA400NamingLineAndFieldAndWritesNothing() {
    Api.Reply reply = team.upload("rows.jsonl", row("r1", "short") + row("r2", "x".repeat(MAX_FIELD_CHARS + 1)));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    JsonNode problem = reply.json().get("problems").get(0);
    assertThat(reply.json().get("problems")).hasSize(1);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("field").asText()).isEqualTo("document");
    assertThat(problem.get("message").asText()).contains(String.valueOf(MAX_FIELD_CHARS));
    assertThat(team.metrics().get("examples").asLong()).isZero();
  }

  @Test
  void fieldAtTheCharacterLimitIsAccepted() {
    Api.Reply reply = team.upload("rows.jsonl", row("r1", "x".repeat(MAX_FIELD_CHARS)));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  @Test
  void lenientUploadRejectsOnlyTheRowWithTheLongField() {
    Api.Reply reply = server.api.upload(team.project("/datasets?mode=lenient"), team.owner, "rows.jsonl",
        row("r1", "short") + row("r2", "x".repeat(MAX_FIELD_CHARS + 1)));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode rejected = reply.json().get("rejected").get(0);
    assertThat(rejected.get("line").asInt()).isEqualTo(2);
    assertThat(rejected.get("field").asText()).isEqualTo("document");
    assertThat(team.metrics().get("examples").asLong()).isEqualTo(1);
  }

  @Test
  void fileOverTheSizeLimitIsA413NamingTheLimitAndWritesNothing() {
    String big = rows(MB + 100);
    for (String mode : new String[] {"strict", "lenient"}) {
      Api.Reply reply = server.api.upload(team.project("/datasets?mode=" + mode), team.owner, "rows.jsonl", big);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
      assertThat(reply.json().get("error").asText()).isEqualTo("payload_too_large");
      assertThat(reply.json().get("detail").asText()).contains("1 MB");
    }
    assertThat(team.metrics().get("examples").asLong()).isZero();
  }

  @Test
  void fileJustUnderTheSizeLimitIsAccepted() {
    String file = rows(MB - 100);
    Api.Reply reply = team.upload("rows.jsonl", file);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(team.metrics().get("examples").asLong()).isEqualTo(reply.json().get("rows_read").asLong());
  }

  private static String row(String id, String document) {
    return "{\"id\":\"" + id + "\",\"query\":\"q\",\"document\":\"" + document + "\"}\n";
  }

  /** Distinct valid rows with short fields, within 60 bytes under {@code bytes} (ASCII). */
  private static String rows(int bytes) {
    StringBuilder file = new StringBuilder(bytes);
    for (int i = 0; ; i++) {
      String next = row("r" + i, "d" + i);
      if (file.length() + next.length() > bytes) return file.toString();
      file.append(next);
    }
  }
}
