package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/projects/{id}/leaderboard}: models of a pairwise project ranked for owners and reviewers; 403
 * for annotators, 400 for another task type or a bad parameter, 401 and 404 as everywhere.
 */
class LeaderboardApiTest extends SqliteTeamTest {
  /** alpha wins twice and loses once against beta; the last row names no models. */
  private static final String ROWS = """
      {"id":"r1","prompt":"p1","response_a":"a1","response_b":"b1","model_a":"alpha","model_b":"beta"}
      {"id":"r2","prompt":"p2","response_a":"a2","response_b":"b2","model_a":"beta","model_b":"alpha"}
      {"id":"r3","prompt":"p3","response_a":"a3","response_b":"b3","model_a":"beta","model_b":"alpha"}
      {"id":"r4","prompt":"p4","response_a":"a4","response_b":"b4"}
      """;
  private static final Map<String, String> LABELS = Map.of("r1", "a", "r2", "a", "r3", "b", "r4", "tie");

  /** A pairwise project with the team's members, every task labelled alike by both annotators. */
  private String arena() {
    Api.Reply created = server.api.post("/api/projects", team.owner, Map.of("name", "Arena", "task_type",
        "pairwise_preference", "overlap", 2));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String path = "/api/projects/" + created.json().get("id").asLong();
    for (var member : Map.of(team.ann, "annotator", team.ben, "annotator", team.rita, "reviewer").entrySet()) {
      Api.Reply put = server.api.put(path + "/members/" + server.userId(member.getKey()), team.owner,
          Map.of("role", member.getValue()));
      assertThat(put.status()).as(put.toString()).isEqualTo(204);
    }
    assertThat(server.api.upload(path + "/datasets", team.owner, "rows.jsonl", ROWS).status()).isEqualTo(201);
    assertThat(server.api.post(path + "/tasks/generate", team.owner, Map.of()).status()).isEqualTo(200);
    for (String annotator : new String[] {team.ann, team.ben}) {
      for (int i = 0; i < LABELS.size(); i++) {
        Api.Reply claim = server.api.get("/api/tasks/next?project=" + created.json().get("id").asLong(), annotator);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(200);
        String label = LABELS.get(claim.json().get("example_id").asText());
        Api.Reply submitted = server.api.post("/api/tasks/" + claim.json().get("task_id").asLong() + "/annotations",
            annotator, Map.of("label", label));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
      }
    }
    return path;
  }

  @Test
  void ownersAndReviewersSeeTheModelsRankedWithIntervalsAndRecords() {
    String arena = arena();

    Api.Reply reply = server.api.get(arena + "/leaderboard?bootstrap=100&seed=5", team.owner);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode board = reply.json();
    assertThat(board.get("comparisons").asInt()).isEqualTo(3);
    assertThat(board.get("tasks_left_out").asInt()).isEqualTo(1);
    assertThat(board.get("tasks_without_models").asInt()).isEqualTo(1);
    assertThat(board.get("no_fit_reason").isNull()).isTrue();
    assertThat(board.get("bootstrap_samples").asInt()).isEqualTo(100);
    assertThat(board.get("seed").asLong()).isEqualTo(5);
    JsonNode first = board.get("models").get(0);
    assertThat(first.get("model").asText()).isEqualTo("alpha");
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("strength").asDouble()).isCloseTo(Math.log(2) / 2, within(1e-9));
    assertThat(first.get("versus_average").asDouble()).isBetween(0.5, 1.0);
    assertThat(first.get("interval").get("lower").asDouble()).isLessThanOrEqualTo(first.get("interval").get("upper")
        .asDouble());
    assertThat(first.get("wins").asInt()).isEqualTo(2);
    assertThat(first.get("losses").asInt()).isEqualTo(1);
    assertThat(first.get("ties").asInt()).isZero();
    assertThat(first.get("comparisons").asInt()).isEqualTo(3);
    assertThat(board.get("models").get(1).get("model").asText()).isEqualTo("beta");

    Api.Reply reviewer = server.api.get(arena + "/leaderboard?bootstrap=100&seed=5", team.rita);
    assertThat(reviewer.status()).isEqualTo(200);
    assertThat(reviewer.json()).as("the same seed gives the same answer").isEqualTo(board);
    assertThat(server.api.get(arena + "/leaderboard", team.owner).json().get("bootstrap_samples").asInt())
        .as("the default").isEqualTo(LeaderboardRoutes.DEFAULT_BOOTSTRAP);
  }

  @Test
  void annotatorsAreForbiddenAndStrangersUnauthenticated() {
    String arena = arena();
    Api.Reply annotator = server.api.get(arena + "/leaderboard", team.ann);
    assertThat(annotator.status()).isEqualTo(403);
    assertThat(annotator.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(server.api.get(arena + "/leaderboard", null).status()).isEqualTo(401);
    assertThat(server.api.get("/api/projects/9999/leaderboard", team.owner).status()).isEqualTo(404);
  }

  @Test
  void aProjectOfAnotherTypeOrABadParameterIsABadRequest() {
    Api.Reply relevance = server.api.get(team.project("/leaderboard"), team.owner);
    assertThat(relevance.status()).as(relevance.toString()).isEqualTo(400);
    assertThat(relevance.json().get("detail").asText()).contains("document_relevance").contains("pairwise_preference");

    String arena = arena();
    Api.Reply words = server.api.get(arena + "/leaderboard?bootstrap=many", team.owner);
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.json().get("problems").get(0).get("field").asText()).isEqualTo("bootstrap");
    Api.Reply tooMany = server.api.get(arena + "/leaderboard?bootstrap=100000", team.owner);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("problems").get(0).get("message").asText()).contains("between 0 and 2000");
    assertThat(server.api.get(arena + "/leaderboard?seed=x", team.owner).status()).isEqualTo(400);
  }

  @Test
  void aModelThatNeverLosesIsReportedNotAFailure() {
    String arena = arena();
    // a third model that only ever wins: its maximum-likelihood strength is infinite
    Api.Reply upload = server.api.upload(arena + "/datasets", team.owner, "more.jsonl",
        "{\"id\":\"r5\",\"prompt\":\"p5\",\"response_a\":\"a5\",\"response_b\":\"b5\",\"model_a\":\"omega\","
            + "\"model_b\":\"alpha\"}\n");
    assertThat(upload.status()).isEqualTo(201);
    server.api.post(arena + "/tasks/generate", team.owner, Map.of());
    long projectId = Long.parseLong(arena.substring(arena.lastIndexOf('/') + 1));
    for (String annotator : new String[] {team.ann, team.ben}) {
      JsonNode claim = server.api.get("/api/tasks/next?project=" + projectId, annotator).json();
      server.api.post("/api/tasks/" + claim.get("task_id").asLong() + "/annotations", annotator, Map.of("label", "a"));
    }

    Api.Reply reply = server.api.get(arena + "/leaderboard", team.owner);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("no_fit_reason").asText()).contains("omega never loses");
    assertThat(reply.json().get("models").get(0).get("model").asText()).isEqualTo("omega");
    assertThat(reply.json().get("models").get(0).get("strength").isNull()).isTrue();
    assertThat(reply.json().get("models").get(0).get("win_share").asDouble()).isEqualTo(1.0);
  }
}
