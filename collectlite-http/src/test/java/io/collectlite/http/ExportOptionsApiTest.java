package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export options over REST: per-project split ratios, the task filter, raw pseudonymized annotations. */
class ExportOptionsApiTest extends SqliteTeamTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Names that appear nowhere else, so finding one in an export can only mean it leaked. */
  private static final List<String> NAMES = List.of("Ximena Petrovna", "Quincy Oduya");
  private static final String ROWS = "{\"id\":\"agreed\",\"query\":\"q1\",\"document\":\"d1\"}\n"
      + "{\"id\":\"contested\",\"query\":\"q2\",\"document\":\"d2\"}\n"
      + "{\"id\":\"untouched\",\"query\":\"q3\",\"document\":\"d3\"}\n";

  @Test
  void aProjectIsCreatedWithSplitRatiosAndShowsThem() {
    Api.Reply created = server.api.post("/api/projects", team.owner, Map.of("name", "Halves",
        "split_ratios", Map.of("train", 0.5, "validation", 0.3, "evaluation", 0.2)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("split_ratios").get("validation").asDouble()).isEqualTo(0.3);
    JsonNode detail = server.api.get("/api/projects/" + created.json().get("id").asLong(), team.owner).json();
    assertThat(detail.get("split_ratios").get("train").asDouble()).isEqualTo(0.5);
    assertThat(server.api.get(team.project(""), team.owner).json().get("split_ratios").get("train").asDouble())
        .as("the server's default").isEqualTo(0.8);
  }

  @Test
  void badSplitRatiosAreRefusedNamingTheField() {
    Api.Reply negative = server.api.post("/api/projects", team.owner, Map.of("name", "Bad",
        "split_ratios", Map.of("train", -0.5, "validation", 1.0, "evaluation", 0.5)));
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.text()).contains("split_ratios.train");
    Api.Reply sum = server.api.post("/api/projects", team.owner, Map.of("name", "Bad",
        "split_ratios", Map.of("train", 0.8, "validation", 0.3, "evaluation", 0.1)));
    assertThat(sum.status()).isEqualTo(400);
    assertThat(sum.text()).contains("split_ratios").contains("sum to 1");
    Api.Reply missing = server.api.post("/api/projects", team.owner, Map.of("name", "Bad",
        "split_ratios", Map.of("train", 0.8, "validation", 0.2)));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text()).contains("split_ratios.evaluation");
  }

  @Test
  void anExportOfAllTasksWithAnnotationsHasEveryTaskAndNoAnnotatorName() throws IOException {
    List<String> annotators = labelledByNamedAnnotators();
    Api.Reply created = server.api.post(team.project("/exports"), team.owner,
        Map.of("format", "jsonl", "tasks", "all", "include_annotations", true));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("task_filter").asText()).isEqualTo("all");
    assertThat(created.json().get("include_annotations").asBoolean()).isTrue();
    assertThat(created.json().get("record_count").asLong()).isEqualTo(3);
    Api.Reply file = server.api.get(created.json().get("download_url").asText(), team.owner);
    String text = file.text();
    for (String name : NAMES) assertThat(text).doesNotContain(name);
    for (String id : annotators) assertThat(text).doesNotContain("\"annotator\":\"" + id + "\"");
    List<String> states = new ArrayList<>();
    for (String line : text.split("\n")) states.add(JSON.readTree(line).get("state").asText());
    assertThat(states).containsExactlyInAnyOrder("exported", "needs_review", "created");
    JsonNode listed = server.api.get(team.project("/exports"), team.owner).json().get(0);
    assertThat(listed.get("task_filter").asText()).isEqualTo("all");
    assertThat(listed.get("include_annotations").asBoolean()).isTrue();
  }

  @Test
  void aCsvExportWithAnnotationsNamesNoAnnotatorEither() {
    labelledByNamedAnnotators();
    Api.Reply created = server.api.post(team.project("/exports"), team.owner,
        Map.of("format", "csv", "include_annotations", true));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("task_filter").asText()).isEqualTo("resolved");
    String text = server.api.get(created.json().get("download_url").asText(), team.owner).text();
    assertThat(text.lines().findFirst().orElseThrow()).endsWith(",annotations");
    for (String name : NAMES) assertThat(text).doesNotContain(name);
  }

  @Test
  void anAnnotatorCannotExportAndAnUnknownTaskFilterIsRefused() {
    Api.Reply byAnnotator = server.api.post(team.project("/exports"), team.ann,
        Map.of("format", "jsonl", "tasks", "all", "include_annotations", true));
    assertThat(byAnnotator.status()).isEqualTo(403);
    Api.Reply unknown = server.api.post(team.project("/exports"), team.owner, Map.of("format", "jsonl", "tasks", "some"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("tasks");
    assertThat(server.api.get(team.project("/exports"), team.owner).json()).isEmpty();
  }

  /** Two annotators with distinctive names agree on one task and disagree on another; one stays untouched. */
  private List<String> labelledByNamedAnnotators() {
    team.seed(ROWS);
    List<String> tokens = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (String name : NAMES) {
      String token = server.token(name);
      long id = server.userId(token);
      Api.Reply added = server.api.put(team.project("/members/" + id), team.owner, Map.of("role", "annotator"));
      assertThat(added.status()).as(added.toString()).isEqualTo(204);
      tokens.add(token);
      ids.add(String.valueOf(id));
    }
    for (int task = 0; task < 2; task++) {
      for (String token : tokens) {
        JsonNode claim = team.claim(token);
        boolean contested = claim.get("example_id").asText().equals("contested");
        String label = contested && token.equals(tokens.get(1)) ? "highly_relevant" : "irrelevant";
        Api.Reply reply = team.submit(token, claim.get("task_id").asLong(), Map.of("label", label));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      }
    }
    return ids;
  }
}
