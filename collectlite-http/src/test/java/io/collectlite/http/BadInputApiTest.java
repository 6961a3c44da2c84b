package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files and refused annotations: a clear 4xx that names the problem, and nothing half-written. */
class BadInputApiTest extends SqliteTeamTest {
  private static final String ONE_ROW = "{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n";

  @Test
  void malformedJsonlLineIsRefusedNamingTheLineAndWritesNothing() {
    Api.Reply reply = team.upload("rows.jsonl", ONE_ROW + "{\"id\":\"r2\",\"query\":\"q2\",\n" + ONE_ROW);
    assertThat(reply.status()).isEqualTo(400);
    JsonNode problem = onlyProblem(reply);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("message").asText()).contains("not valid JSON");
    assertNothingWritten();
  }

  @Test
  void raggedCsvRowIsRefusedNamingTheRowAndWritesNothing() {
    Api.Reply reply = team.upload("rows.csv", "id,query,document\nr1,q1,d1\nr2,q2\nr3,q3,d3\n");
    assertThat(reply.status()).isEqualTo(400);
    JsonNode problem = onlyProblem(reply);
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("message").asText()).contains("2 fields").contains("header has 3");
    assertNothingWritten();
  }

  @Test
  void missingRequiredFieldIsRefusedNamingLineAndField() {
    Api.Reply reply = team.upload("rows.jsonl", ONE_ROW + "{\"id\":\"r2\",\"document\":\"d2\"}\n");
    assertThat(reply.status()).isEqualTo(400);
    JsonNode problem = onlyProblem(reply);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("field").asText()).isEqualTo("query");
    assertThat(reply.json().get("error").asText()).isEqualTo("validation_failed");
    assertNothingWritten();
  }

  @Test
  void uploadWithoutAFilePartIsRefused() {
    Api.Reply reply = server.api.post(team.project("/datasets"), team.owner, Map.of("file", "rows.jsonl"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(onlyProblem(reply).get("field").asText()).isEqualTo("file");
    assertNothingWritten();
  }

  @Test
  void labelOutsideTheSchemaIsRefusedNamingTheAllowedLabels() {
    team.seed(ONE_ROW);
    JsonNode claim = team.claim(team.ann);
    Api.Reply reply = team.submit(team.ann, claim.get("task_id").asLong(), Map.of("label", "very_relevant"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(onlyProblem(reply).get("field").asText()).isEqualTo("label");
    assertThat(reply.json().get("detail").asText()).contains("highly_relevant");
    assertThat(team.metrics().get("annotations").asLong()).isZero();
  }

  @Test
  void annotationOnATaskNotAssignedToTheCallerIsForbidden() {
    team.seed(ONE_ROW);
    JsonNode claim = team.claim(team.ann);
    Api.Reply reply = team.submit(team.ben, claim.get("task_id").asLong(), Map.of("label", "irrelevant"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(team.metrics().get("annotations").asLong()).isZero();
  }

  @Test
  void doubleSubmitConflictsAndKeepsOneAnnotation() {
    team.seed(ONE_ROW);
    long taskId = team.claim(team.ann).get("task_id").asLong();
    assertThat(team.submit(team.ann, taskId, Map.of("label", "irrelevant")).status()).isEqualTo(201);
    Api.Reply again = team.submit(team.ann, taskId, Map.of("label", "irrelevant"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("conflict");
    assertThat(team.metrics().get("annotations").asLong()).isEqualTo(1);
  }

  @Test
  void idempotencyKeyReplayAnswers200WithTheFirstAnnotationAndWritesOneRow() {
    team.seed(ONE_ROW);
    long taskId = team.claim(team.ann).get("task_id").asLong();
    Map<String, Object> body = Map.of("label", "irrelevant", "idempotency_key", "submit-1");
    Api.Reply first = team.submit(team.ann, taskId, body);
    Api.Reply replay = team.submit(team.ann, taskId, body);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("replayed").asBoolean()).isFalse();
    assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
    assertThat(replay.json().get("replayed").asBoolean()).isTrue();
    assertThat(replay.json().get("annotation_id")).isEqualTo(first.json().get("annotation_id"));
    assertThat(team.metrics().get("annotations").asLong()).isEqualTo(1);
  }

  @Test
  void malformedJsonBodyIsRefusedWith400() {
    Api.Reply reply = server.api.post("/api/projects", team.owner, "{\"name\": ");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(onlyProblem(reply).get("field").asText()).isEqualTo("body");
  }

  @Test
  void unknownTaskTypeIsRefusedNamingTheField() {
    Api.Reply reply = server.api.post("/api/projects", team.owner, Map.of("name", "x", "task_type", "poetry"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(onlyProblem(reply).get("field").asText()).isEqualTo("task_type");
  }

  @Test
  void emptyQueueAnswers204() {
    assertThat(server.api.get("/api/tasks/next?project=" + team.projectId, team.ann).status()).isEqualTo(204);
  }

  @Test
  void uploadOverTheSizeLimitIsRefusedWith413NamingTheLimit(@TempDir Path other) {
    try (TestServer small = TestServer.sqlite(other, ServerOptions.defaults().withMaxUploadBytes(1024 * 1024))) {
      Team smallTeam = new Team(small);
      String big = ONE_ROW.repeat(2 * 1024 * 1024 / ONE_ROW.length() + 1);
      Api.Reply reply = smallTeam.upload("rows.jsonl", big);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
      assertThat(reply.json().get("detail").asText()).contains("1 MB");
      assertThat(smallTeam.metrics().get("examples").asLong()).isZero();
    }
  }

  @Test
  void streamedUploadWithoutContentLengthOverTheLimitIsRefusedWith413(@TempDir Path other) {
    try (TestServer small = TestServer.sqlite(other, ServerOptions.defaults().withMaxUploadBytes(1024 * 1024))) {
      Team smallTeam = new Team(small);
      String boundary = "----collectlite-chunked";
      byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rows.jsonl\"\r\n\r\n"
          + ONE_ROW.repeat(2 * 1024 * 1024 / ONE_ROW.length() + 1) + "\r\n--" + boundary + "--\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Api.Reply reply = small.api.send(small.api.request(smallTeam.project("/datasets"), smallTeam.owner)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
      assertThat(reply.json().get("detail").asText()).contains("1 MB");
      assertThat(smallTeam.metrics().get("examples").asLong()).isZero();
    }
  }

  private static JsonNode onlyProblem(Api.Reply reply) {
    JsonNode problems = reply.json().get("problems");
    assertThat(problems).as(reply.toString()).hasSize(1);
    return problems.get(0);
  }

  private void assertNothingWritten() {
    JsonNode metrics = team.metrics();
    assertThat(metrics.get("examples").asLong()).isZero();
    assertThat(metrics.get("tasks").asLong()).isZero();
  }
}
