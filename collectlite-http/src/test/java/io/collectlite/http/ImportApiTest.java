package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code POST /api/projects/{id}/imports}: existing annotations and predictions from another tool. */
class ImportApiTest extends SqliteTeamTest {
  private static final String TWO_TASKS = "{\"id\":\"r1\",\"query\":\"q1\",\"document\":\"d1\"}\n"
      + "{\"id\":\"r2\",\"query\":\"q2\",\"document\":\"d2\"}\n";
  private static final String HISTORY = String.join("\n",
      "{\"example_id\":\"r1\",\"annotator\":\"zoe\",\"label\":\"highly_relevant\",\"source\":\"label-studio\","
          + "\"created_at\":\"2023-06-01T10:15:30Z\"}",
      "{\"example_id\":\"r1\",\"annotator\":\"yan\",\"label\":\"highly_relevant\",\"confidence\":\"high\"}",
      "{\"example_id\":\"r2\",\"model\":\"gpt-x\",\"label\":\"irrelevant\",\"confidence\":0.8,\"score\":2.5}",
      "");

  @Test
  void ownerImportsAnnotationsAndPredictionsAndGetsTheReport() {
    team.seed(TWO_TASKS);
    Api.Reply reply = importFile("history.jsonl", HISTORY, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode report = reply.json();
    assertThat(report.get("mode").asText()).isEqualTo("strict");
    assertThat(report.get("file_name").asText()).isEqualTo("history.jsonl");
    assertThat(report.get("lines_read").asInt()).isEqualTo(3);
    assertThat(report.get("annotations_imported").asInt()).isEqualTo(2);
    assertThat(report.get("predictions_imported").asInt()).isEqualTo(1);
    assertThat(report.get("tasks_resolved").asInt()).isEqualTo(1);
    assertThat(report.get("rejected_count").asInt()).isZero();
    assertThat(report.get("duplicate_count").asInt()).isZero();
    JsonNode metrics = team.metrics();
    assertThat(metrics.get("annotations").asLong()).isEqualTo(2);
    assertThat(metrics.get("tasks_by_state").get("resolved").asLong()).isEqualTo(1);
    assertThat(metrics.get("tasks_by_state").get("created").asLong()).isEqualTo(1);
  }

  @Test
  void strictImportRefusesWithA400NamingTheLineAndField() {
    team.seed(TWO_TASKS);
    String bad = HISTORY.replace("\"confidence\":\"high\"", "\"confidence\":\"very\"");
    Api.Reply reply = importFile("history.jsonl", bad, "strict");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    JsonNode problem = reply.json().get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("field").asText()).isEqualTo("confidence");
    assertThat(problem.get("message").asText()).contains("low, medium or high");
    assertThat(team.metrics().get("annotations").asLong()).isZero();
  }

  @Test
  void lenientImportKeepsTheGoodLines() {
    team.seed(TWO_TASKS);
    Api.Reply reply = importFile("history.jsonl", HISTORY + "{\"example_id\":\"nope\",\"model\":\"m\",\"label\":"
        + "\"irrelevant\"}\n", "lenient");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().get("rejected_count").asInt()).isEqualTo(1);
    JsonNode rejected = reply.json().get("rejected").get(0);
    assertThat(rejected.get("line").asInt()).isEqualTo(4);
    assertThat(rejected.get("field").asText()).isEqualTo("example_id");
    assertThat(team.metrics().get("annotations").asLong()).isEqualTo(2);
  }

  @Test
  void anExistingUserOutsideTheProjectOrABadTimeIsA400NamingLineAndField() {
    team.seed(TWO_TASKS);
    server.token("outsider");
    Api.Reply reply = importFile("history.jsonl", String.join("\n",
        "{\"example_id\":\"r1\",\"annotator\":\"outsider\",\"label\":\"irrelevant\"}",
        "{\"example_id\":\"r1\",\"annotator\":\"rita\",\"label\":\"irrelevant\"}",
        "{\"example_id\":\"r2\",\"annotator\":\"zoe\",\"label\":\"irrelevant\",\"created_at\":"
            + "\"+300000-01-01T00:00:00Z\"}",
        "{\"example_id\":\"r2\",\"annotator\":\"" + "z".repeat(5_000) + "\",\"label\":\"irrelevant\"}",
        "{\"example_id\":\"r2\",\"model\":\"m\",\"label\":\"irrelevant\",\"score\":1e999}", ""), "strict");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    JsonNode problems = reply.json().get("problems");
    assertThat(problems).extracting(p -> p.get("line").asInt() + " " + p.get("field").asText())
        .containsExactly("1 annotator", "2 annotator", "3 created_at", "4 annotator", "5 score");
    assertThat(problems.get(0).get("message").asText()).contains("'outsider' exists but is not an annotator");
    assertThat(team.metrics().get("annotations").asLong()).isZero();
    assertThat(server.api.get(team.project("/members"), team.owner).text()).doesNotContain("outsider");
  }

  @Test
  void onlyOwnersImport() {
    team.seed(TWO_TASKS);
    for (String token : new String[] {team.ann, team.rita}) {
      Api.Reply reply = server.api.upload(team.project("/imports"), token, "history.jsonl", HISTORY);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }
    assertThat(server.api.upload(team.project("/imports"), null, "history.jsonl", HISTORY).status()).isEqualTo(401);
    assertThat(team.metrics().get("annotations").asLong()).isZero();
  }

  @Test
  void anImportThatIsNotJsonlOrHasABadModeIsRefused() {
    Api.Reply csv = importFile("history.csv", "example_id,annotator,label\n", null);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(400);
    assertThat(csv.json().get("problems").get(0).get("field").asText()).isEqualTo("file");
    Api.Reply mode = importFile("history.jsonl", HISTORY, "loose");
    assertThat(mode.status()).as(mode.toString()).isEqualTo(400);
    assertThat(mode.json().get("problems").get(0).get("field").asText()).isEqualTo("mode");
  }

  private Api.Reply importFile(String fileName, String content, String mode) {
    String query = mode == null ? "" : "?mode=" + mode;
    return server.api.upload(team.project("/imports" + query), team.owner, fileName, content);
  }
}
