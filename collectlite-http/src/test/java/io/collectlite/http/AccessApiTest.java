package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may call what: 401 without a known token, 403 for the wrong role or a non-member. */
class AccessApiTest {
  @TempDir Path dir;
  TestServer server;
  Team team;

  @BeforeEach
  void start() {
    server = TestServer.sqlite(dir);
    team = new Team(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

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
    assertThat(team.server.api.upload(team.project("/datasets"), team.ann, "rows.jsonl",
        "{\"query\":\"q\",\"document\":\"d\"}\n").status()).isEqualTo(403);
    assertThat(server.api.post(team.project("/tasks/generate"), team.ann, Map.of()).status()).isEqualTo(403);
    assertThat(server.api.post(team.project("/exports"), team.ann, Map.of("format", "jsonl")).status()).isEqualTo(403);
    assertThat(server.api.put(team.project("/members/" + server.userId(team.ben)), team.ann,
        Map.of("role", "owner")).status()).isEqualTo(403);
    assertThat(server.api.get(team.project("/metrics"), team.ann).status()).isEqualTo(403);
    Api.Reply reply = server.api.put(team.project("/instructions"), team.ann, Map.of("instructions", "mine"));
    assertThat(reply.status()).isEqualTo(403);
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
