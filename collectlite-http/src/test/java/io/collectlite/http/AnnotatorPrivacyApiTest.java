package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An annotator never learns another annotator's label or a task's outcome: not from their submit
 * (whose answer would otherwise say resolved when the other agreed and needs_review when not), not
 * from any other answer they can get.
 */
class AnnotatorPrivacyApiTest extends SqliteTeamTest {
  private static final String ROWS = "{\"id\":\"agreed\",\"query\":\"q1\",\"document\":\"d1\"}\n"
      + "{\"id\":\"contested\",\"query\":\"q2\",\"document\":\"d2\"}\n";
  /** Words that would give away a task's state or its consensus. */
  private static final List<String> TELLTALES = List.of("task_state", "state", "resolved", "needs_review",
      "consensus", "final_label", "agreement", "score");

  @BeforeEach
  void seed() {
    team.seed(ROWS);
  }

  @Test
  void submitAnswerSaysOnlyWhichAnnotationWasStored() {
    List<Api.Reply> replies = labelBothTasks();
    assertThat(replies).hasSize(4);
    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertOnlyAnnotationIdAndReplayed(reply.json());
    }
    JsonNode byState = team.metrics().get("tasks_by_state");
    assertThat(byState.get("resolved").asLong()).as("the owner still sees the outcome").isEqualTo(1);
    assertThat(byState.get("needs_review").asLong()).isEqualTo(1);
  }

  @Test
  void replayedSubmitRevealsNoOutcomeEither() {
    JsonNode annClaim = team.claim(team.ann);
    JsonNode benClaim = team.claim(team.ben);
    long taskId = annClaim.get("task_id").asLong();
    assertThat(benClaim.get("task_id").asLong()).isEqualTo(taskId);
    team.submit(team.ann, taskId, Map.of("label", "irrelevant"));
    Map<String, Object> body = Map.of("label", "irrelevant", "idempotency_key", "ben-1");
    assertThat(team.submit(team.ben, taskId, body).status()).isEqualTo(201);

    Api.Reply replay = team.submit(team.ben, taskId, body);
    assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
    assertOnlyAnnotationIdAndReplayed(replay.json());
    assertThat(replay.json().get("replayed").asBoolean()).isTrue();
  }

  @Test
  void nothingAnAnnotatorMayReadGivesAwayOutcomesOrOthersLabels() {
    labelBothTasks();
    for (String path : List.of("/api/me", "/api/users", "/api/projects", team.project(""))) {
      Api.Reply reply = server.api.get(path, team.ann);
      assertThat(reply.status()).as(path).isEqualTo(200);
      assertNoTelltale(path, reply.json());
    }
    assertThat(server.api.get("/api/tasks/next?project=" + team.projectId, team.ann).status())
        .as("nothing left to claim, and no finished task handed back").isEqualTo(204);
    for (String path : List.of(team.project("/metrics"), team.project("/members"), team.project("/review-queue"),
        team.project("/exports"))) {
      assertThat(server.api.get(path, team.ann).status()).as(path).isEqualTo(403);
    }
  }

  /** Ann and Ben label both tasks; they agree on the first and disagree on the second. */
  private List<Api.Reply> labelBothTasks() {
    List<Api.Reply> replies = new ArrayList<>();
    for (String annotator : List.of(team.ann, team.ben)) {
      for (JsonNode claim = team.claim(annotator); claim != null; claim = team.claim(annotator)) {
        assertNoTelltale("/api/tasks/next", claim);
        boolean contested = claim.get("example_id").asText().equals("contested");
        String label = contested && annotator.equals(team.ben) ? "highly_relevant" : "irrelevant";
        replies.add(team.submit(annotator, claim.get("task_id").asLong(), Map.of("label", label)));
      }
    }
    return replies;
  }

  private static void assertOnlyAnnotationIdAndReplayed(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    assertThat(names).as(body.toString()).containsExactlyInAnyOrder("annotation_id", "replayed");
  }

  private static void assertNoTelltale(String path, JsonNode body) {
    List<String> names = new ArrayList<>();
    collectNames(body, names);
    assertThat(names).as(path + " " + body).doesNotContainAnyElementsOf(TELLTALES);
    String text = body.toString();
    assertThat(text).as(path).doesNotContain("needs_review").doesNotContain("\"resolved\"");
  }

  private static void collectNames(JsonNode node, List<String> names) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        names.add(e.getKey());
        collectNames(e.getValue(), names);
      });
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectNames(child, names));
    }
  }
}
