package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/projects/{id}/dashboard}: owners and reviewers read it, annotators never (it shows others' labels). */
class DashboardApiTest extends SqliteTeamTest {
  private static final String ROWS = "{\"id\":\"agreed\",\"query\":\"q1\",\"document\":\"d1\"}\n"
      + "{\"id\":\"contested\",\"query\":\"q2\",\"document\":\"d2\"}\n";

  @Test
  void ownerAndReviewerReadTheDashboard() {
    team.seed(ROWS);
    for (String label : new String[] {"highly_relevant", "irrelevant"}) {
      long task = team.claim(team.ann).get("task_id").asLong();
      team.claim(team.ben);
      submit(team.ann, task, "highly_relevant", 1_200);
      submit(team.ben, task, label, 3_000);
    }
    JsonNode d = dashboard(team.owner);
    assertThat(dashboard(team.rita)).isEqualTo(d);
    assertThat(d.at("/export_readiness/tasks").asLong()).isEqualTo(2);
    assertThat(d.at("/export_readiness/resolved").asLong()).isEqualTo(1);
    assertThat(d.at("/export_readiness/share").asDouble()).isEqualTo(0.5);
    assertThat(d.at("/review_backlog/tasks").asLong()).isEqualTo(1);
    assertThat(d.at("/review_backlog/by_reason/disagreement").asLong()).isEqualTo(1);
    assertThat(d.get("activity")).hasSize(1);
    assertThat(d.at("/activity/0/tasks_created").asLong()).isEqualTo(2);
    assertThat(d.at("/activity/0/tasks_completed").asLong()).isEqualTo(1);
    assertThat(d.at("/activity/0/annotations").asLong()).isEqualTo(4);
    assertThat(d.at("/activity/0/day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(d.get("annotators")).extracting(a -> a.get("name").asText()).containsExactly("ann", "ben");
    JsonNode ben = d.at("/annotators/1");
    assertThat(ben.get("annotations").asLong()).isEqualTo(2);
    assertThat(ben.get("median_latency_ms").asDouble()).isEqualTo(3_000);
    assertThat(ben.get("agreement_with_final").asDouble()).isEqualTo(1.0);
    assertThat(d.at("/labels/annotations/highly_relevant").asLong()).isEqualTo(3);
    assertThat(d.at("/labels/final_labels/highly_relevant").asLong()).isEqualTo(1);
    assertThat(d.at("/agreement/level").asText()).isEqualTo("ordinal");
    assertThat(d.get("label_agreement")).extracting(l -> l.get("label").asText())
        .containsExactly("highly_relevant", "irrelevant");
    assertThat(d.at("/model_disagreement/compared_tasks").asLong()).isZero();
    assertThat(d.at("/model_disagreement/rate").isNull()).isTrue();
  }

  @Test
  void annotatorsAndStrangersAreForbidden() {
    team.seed(ROWS);
    for (String token : new String[] {team.ann, team.ben, server.token("sam")}) {
      Api.Reply reply = server.api.get(team.project("/dashboard"), token);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
      assertThat(reply.json().get("error").asText()).isEqualTo("forbidden");
    }
  }

  @Test
  void withoutAKnownTokenItIsUnauthenticated() {
    assertThat(server.api.get(team.project("/dashboard"), null).status()).isEqualTo(401);
    assertThat(server.api.get(team.project("/dashboard"), "clt_not-a-real-token").status()).isEqualTo(401);
  }

  @Test
  void anUnknownProjectIsNotFound() {
    assertThat(server.api.get("/api/projects/999999/dashboard", team.owner).status()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentDescribesTheDashboard() {
    JsonNode doc = server.api.get(CollectLiteServer.OPENAPI_PATH, null).json();
    JsonNode get = doc.at("/paths/~1api~1projects~1{id}~1dashboard/get");
    assertThat(get.get("operationId").asText()).isEqualTo("getDashboard");
    assertThat(get.at("/responses/403").isMissingNode()).isFalse();
    assertThat(doc.at("/components/schemas/DashboardView/properties/annotators/items/$ref").asText())
        .isEqualTo("#/components/schemas/AnnotatorView");
  }

  private void submit(String token, long task, String label, long latencyMs) {
    Api.Reply reply = team.submit(token, task, Map.of("label", label, "latency_ms", latencyMs));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  private JsonNode dashboard(String token) {
    Api.Reply reply = server.api.get(team.project("/dashboard"), token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
