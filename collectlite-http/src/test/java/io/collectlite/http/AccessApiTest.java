package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call what: 401 without a known token, 403 for the wrong role or a non-member. */
class AccessApiTest extends SqliteTeamTest {
  private static final String ONE_ROW = "{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n";

  @Test
  void requestWithoutTokenIsUnauthenticated() {
    Api.Reply reply = server.api.get("/api/projects", null);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("error").asText()).isEqualTo("unauthenticated");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void unknownTokenIsUnauthenticated() {
    assertThat(server.api.get("/api/me", "clt_not-a-real-token").status()).isEqualTo(401);
    assertThat(server.api.get(team.project("/metrics"), "clt_not-a-real-token").status()).isEqualTo(401);
  }

  @Test
  void knownTokenIdentifiesTheCaller() {
    Api.Reply me = server.api.get("/api/me", team.ann);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("name").asText()).isEqualTo("ann");
    assertThat(server.api.get("/api/users", team.ann).json()).hasSize(4);
  }

  @Test
  void annotatorCallingOwnerEndpointsIsForbidden() {
    assertOwnerOnlyEndpointsForbid(team.ann);
    assertThat(server.api.get(team.project("/metrics"), team.ann).status()).isEqualTo(403);
  }

  @Test
  void annotatorCallingReviewerEndpointsIsForbidden() {
    team.seed(ONE_ROW);
    long taskId = team.claim(team.ann).get("task_id").asLong();
    assertForbidden(server.api.get(team.project("/review-queue"), team.ann));
    assertForbidden(server.api.post("/api/reviews/" + taskId + "/resolve", team.ann,
        Map.of("label", "irrelevant", "comment", "mine")));
    assertForbidden(server.api.get(team.project("/members"), team.ann));
  }

  @Test
  void reviewerCallingOwnerEndpointsIsForbidden() {
    assertOwnerOnlyEndpointsForbid(team.rita);
    assertThat(server.api.get(team.project("/members"), team.rita).status()).isEqualTo(200);
    assertThat(server.api.get(team.project("/metrics"), team.rita).status()).isEqualTo(200);
  }

  /** Every owner-only endpoint refuses the caller with 403, and nothing changes. */
  private void assertOwnerOnlyEndpointsForbid(String token) {
    long exportId = ownerExport();
    assertForbidden(server.api.upload(team.project("/datasets"), token, "rows.jsonl", ONE_ROW));
    assertForbidden(server.api.post(team.project("/tasks/generate"), token, Map.of()));
    assertForbidden(server.api.post(team.project("/exports"), token, Map.of("format", "jsonl")));
    assertForbidden(server.api.get(team.project("/exports"), token));
    assertForbidden(server.api.get("/api/exports/" + exportId + "/download", token));
    assertForbidden(server.api.put(team.project("/members/" + server.userId(team.ben)), token,
        Map.of("role", "owner")));
    assertForbidden(server.api.put(team.project("/instructions"), token, Map.of("instructions", "mine")));
    JsonNode metrics = team.metrics();
    assertThat(metrics.get("examples").asLong()).isZero();
    assertThat(metrics.get("exports").asLong()).isEqualTo(1);
    assertThat(server.api.get(team.project(""), team.ben).json().get("role").asText()).isEqualTo("annotator");
    assertThat(server.api.get(team.project(""), team.owner).json().at("/template/version").asInt()).isEqualTo(1);
  }

  /** An (empty) export made by the owner, so that downloads have something to refuse. */
  private long ownerExport() {
    Api.Reply created = server.api.post(team.project("/exports"), team.owner, Map.of("format", "jsonl"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static void assertForbidden(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.json().get("error").asText()).isEqualTo("forbidden");
  }

  @Test
  void reviewerMayNotClaimTasks() {
    assertThat(server.api.get("/api/tasks/next?project=" + team.projectId, team.rita).status()).isEqualTo(403);
  }

  @Test
  void nonMemberIsForbidden() {
    String stranger = server.token("sam");
    assertThat(server.api.get(team.project(""), stranger).status()).isEqualTo(403);
    assertThat(server.api.get("/api/tasks/next?project=" + team.projectId, stranger).status()).isEqualTo(403);
    assertThat(server.api.get(team.project("/review-queue"), stranger).status()).isEqualTo(403);
    assertThat(server.api.get("/api/projects", stranger).json()).isEmpty();
  }

  @Test
  void memberSeesTheProjectWithTheirRoleAndTheTemplate() {
    Api.Reply reply = server.api.get(team.project(""), team.ann);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("role").asText()).isEqualTo("annotator");
    assertThat(reply.json().at("/template/question/options")).hasSize(3);
    assertThat(reply.json().at("/template/question/options/0/value").asText()).isEqualTo("irrelevant");
  }

  @Test
  void unknownProjectIsNotFound() {
    Api.Reply reply = server.api.get("/api/projects/999999", team.owner);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void nonNumericIdIsABadRequest() {
    assertThat(server.api.get("/api/projects/abc", team.owner).status()).isEqualTo(400);
  }
}
