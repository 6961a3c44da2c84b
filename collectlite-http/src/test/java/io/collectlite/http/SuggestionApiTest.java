package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestion jobs, their status, visibility per assignment and the report over HTTP, with the real local model. */
class SuggestionApiTest {
  private static final String ROWS = """
      {"id":"p1","query":"how do solar panels make electricity","document":"Solar panels turn sunlight into electricity with photovoltaic cells."}
      {"id":"p2","query":"how do solar panels make electricity","document":"The recipe needs two cups of flour and an egg."}
      {"id":"p3","query":"what do pandas eat","document":"Giant pandas eat bamboo almost exclusively."}
      {"id":"p4","query":"what do pandas eat","document":"The stock market closed higher on Friday."}
      """;
  @TempDir Path dir;
  TestServer server;
  Team team;

  @BeforeEach
  void start() {
    server = TestServer.sqliteWithLocalModel(dir);
    team = new Team(server);
    team.seed(ROWS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The job once it has ended, polled every 50 ms for at most a minute. */
  private JsonNode awaitDone(long jobId) {
    return Awaitility.await("job " + jobId + " ends").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50)).until(() -> {
          Api.Reply job = server.api.get("/api/jobs/" + jobId, team.owner);
          assertThat(job.status()).as(job.toString()).isEqualTo(200);
          return job.json();
        }, job -> job.get("status").asText().equals("done") || job.get("status").asText().equals("failed"));
  }

  @Test
  void theLocalModelPreScoresEveryCandidateInABackgroundJob() {
    Api.Reply suggesters = server.api.get("/api/suggesters", team.ann);
    assertThat(suggesters.json().get(0).get("name").asText()).isEqualTo("local");
    assertThat(suggesters.json().get(0).get("provider").asText()).isEqualTo("onnx");
    Api.Reply started = server.api.post(team.project("/tasks/suggest"), team.owner, Map.of("suggester", "local"));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.json().get("status").asText()).isIn("queued", "running", "done");
    JsonNode done = awaitDone(started.json().get("id").asLong());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
    assertThat(done.get("suggested").asInt()).isEqualTo(4);
    assertThat(done.get("model").asText()).isEqualTo("all-minilm-l6-v2-q");
    Api.Reply jobs = server.api.get(team.project("/jobs"), team.rita);
    assertThat(jobs.json().findValuesAsText("kind")).containsExactlyInAnyOrder("suggest", "near_duplicates");
    JsonNode claim = team.claim(team.ann);
    assertThat(claim.get("suggestions_shown").asBoolean()).isTrue();
    JsonNode suggestion = claim.get("suggestions").get(0);
    assertThat(suggestion.get("provider").asText()).isEqualTo("onnx");
    // every value the store holds reaches the annotator: the call's latency, the template version, the origin
    assertThat(suggestion.get("latency_ms").isIntegralNumber()).as(suggestion.toString()).isTrue();
    assertThat(suggestion.get("template_version").asInt()).isEqualTo(1);
    assertThat(suggestion.get("origin").asText()).isEmpty();
    assertThat(suggestion.has("cost_estimate")).isTrue();
    String expected = claim.get("example_id").asText().equals("p1") ? "highly_relevant" : "irrelevant";
    assertThat(claim.get("example_id").asText()).isIn("p1", "p2");
    assertThat(suggestion.get("label").asText()).isEqualTo(expected);
    Api.Reply again = server.api.post(team.project("/tasks/suggest"), team.owner, Map.of("suggester", "local"));
    assertThat(awaitDone(again.json().get("id").asLong()).get("skipped").asInt()).isEqualTo(4);
  }

  /** p5 repeats p1 with other case and punctuation: the local model finds it and it shares p1's split key. */
  @Test
  void taskGenerationChecksNewExamplesForNearDuplicates() {
    server.api.get(team.project("/jobs"), team.owner).json().forEach(job -> awaitDone(job.get("id").asLong()));
    team.seed("{\"id\":\"p5\",\"query\":\"How do solar panels make electricity?\",\"document\":\"solar panels "
        + "turn sunlight into electricity with photovoltaic cells\"}\n");
    JsonNode newest = server.api.get(team.project("/jobs"), team.owner).json().get(0);
    assertThat(newest.get("kind").asText()).isEqualTo("near_duplicates");
    JsonNode check = awaitDone(newest.get("id").asLong());
    assertThat(check.get("status").asText()).isEqualTo("done");
    assertThat(check.get("total").asInt()).isEqualTo(1);
    assertThat(check.get("suggested").asInt()).as(check.toString()).isEqualTo(1);
    assertThat(check.get("found").asInt()).as(check.toString()).isEqualTo(1);
    assertThat(server.api.post(team.project("/near-duplicates"), team.rita, Map.of()).status()).isEqualTo(403);
    Api.Reply manual = server.api.post(team.project("/near-duplicates"), team.owner, Map.of());
    assertThat(manual.status()).as(manual.toString()).isEqualTo(202);
    assertThat(awaitDone(manual.json().get("id").asLong()).get("total").asInt()).isZero();
  }

  /** The Suggestions page offers what the project's list says: each listed suggester is accepted, no other is. */
  @Test
  void aProjectsSuggesterListHoldsExactlyTheSuggestersItsSuggestCallAccepts() {
    assertThat(server.api.get("/api/suggesters?project=" + team.projectId, team.rita).json()
        .findValuesAsText("name")).containsExactly("local");
    for (String type : java.util.List.of("pairwise_preference", "critique")) {
      Api.Reply created = server.api.post("/api/projects", team.owner, Map.of("name", type, "task_type", type,
          "instructions", "# Judge it", "overlap", 1));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      long id = created.json().get("id").asLong();
      Api.Reply listed = server.api.get("/api/suggesters?project=" + id, team.owner);
      assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
      assertThat(listed.json()).as(type).isEmpty();
      assertThat(server.api.post("/api/projects/" + id + "/tasks/suggest", team.owner, Map.of("suggester", "local"))
          .status()).as(type).isEqualTo(400);
    }
    assertThat(server.api.get("/api/suggesters", team.ann).json().findValuesAsText("name")).containsExactly("local");
    assertThat(server.api.get("/api/suggesters?project=" + team.projectId, team.ann).status()).isEqualTo(403);
    assertThat(server.api.get("/api/suggesters?project=x", team.owner).status()).isEqualTo(400);
    assertThat(server.api.get("/api/suggesters?project=9999", team.owner).status()).isEqualTo(404);
  }

  @Test
  void rolesAndBadRequestsAreAnsweredPlainly() {
    assertThat(server.api.post(team.project("/tasks/suggest"), team.rita, Map.of("suggester", "local")).status())
        .isEqualTo(403);
    assertThat(server.api.post(team.project("/tasks/suggest"), null, Map.of("suggester", "local")).status())
        .isEqualTo(401);
    Api.Reply unknown = server.api.post(team.project("/tasks/suggest"), team.owner, Map.of("suggester", "gpt"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("problems").get(0).get("field").asText()).isEqualTo("suggester");
    assertThat(server.api.post(team.project("/tasks/suggest"), team.owner, Map.of()).status()).isEqualTo(400);
    assertThat(server.api.get("/api/jobs/999", team.owner).status()).isEqualTo(404);
    assertThat(server.api.get(team.project("/suggestions/report"), team.ann).status()).isEqualTo(403);
    Api.Reply bad = server.api.put(team.project("/suggestions/settings"), team.owner,
        "{\"visibility\":\"sometimes\",\"ablation_share\":2}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("problems").findValuesAsText("field"))
        .containsExactlyInAnyOrder("suggestions.visibility", "suggestions.ablation_share");
    assertThat(server.api.put(team.project("/suggestions/settings"), team.rita, "{\"visibility\":\"hidden\"}")
        .status()).isEqualTo(403);
  }

  @Test
  void aHiddenAssignmentShowsNoSuggestionsAndTheReportMeasuresAnchoring() {
    long job = server.api.post(team.project("/tasks/suggest"), team.owner, Map.of("suggester", "local")).json()
        .get("id").asLong();
    awaitDone(job);
    Api.Reply hidden = server.api.put(team.project("/suggestions/settings"), team.owner, "{\"visibility\":\"hidden\"}");
    assertThat(hidden.json().get("visibility").asText()).isEqualTo("hidden");
    JsonNode claim = team.claim(team.ann);
    assertThat(claim.get("suggestions_shown").asBoolean()).isFalse();
    assertThat(claim.get("suggestions")).isEmpty();
    long taskId = claim.get("task_id").asLong();
    assertThat(server.api.get("/api/tasks/" + taskId + "/suggestions", team.ann).json()).isEmpty();
    assertThat(server.api.get("/api/tasks/" + taskId + "/suggestions", team.rita).status()).isEqualTo(403);
    assertThat(team.submit(team.ann, taskId, Map.of("label", "irrelevant")).status()).isEqualTo(201);
    server.api.put(team.project("/suggestions/settings"), team.owner, "{\"visibility\":\"shown\"}");
    JsonNode shown = team.claim(team.ben);
    assertThat(shown.get("suggestions")).isNotEmpty();
    String modelLabel = shown.get("suggestions").get(0).get("label").asText();
    assertThat(team.submit(team.ben, shown.get("task_id").asLong(), Map.of("label", modelLabel)).status())
        .isEqualTo(201);
    JsonNode report = server.api.get(team.project("/suggestions/report"), team.rita).json();
    assertThat(report.at("/anchoring/shown/trials").asLong()).isEqualTo(1);
    assertThat(report.at("/anchoring/shown/successes").asLong()).isEqualTo(1);
    assertThat(report.at("/anchoring/hidden/trials").asLong()).isEqualTo(1);
  }
}
