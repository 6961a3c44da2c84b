package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every request gets regardless of resource: health, request ids, JSON 404s, the OpenAPI document. */
class ServerApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.sqlite(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthNeedsNoToken() {
    Api.Reply reply = server.api.get("/api/health", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void demoUsersAreNotFoundOutsideDemoMode() {
    assertThat(server.api.get("/api/demo/users", null).status()).isEqualTo(404);
  }

  @Test
  void requestIdIsEchoedWhenGivenAndGeneratedOtherwise() {
    Api.Reply echoed = server.api.send(server.api.request("/api/health", null).header("X-Request-Id", "abc-123"));
    assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
    Api.Reply generated = server.api.get("/api/health", null);
    assertThat(generated.header("X-Request-Id")).hasSizeGreaterThan(8);
  }

  @Test
  void unknownApiPathIsAJsonNotFound() {
    Api.Reply reply = server.api.get("/api/nothing-here", null);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void exportWhoseFileIsGoneIsNotFound() throws Exception {
    Team team = new Team(server);
    team.seed("{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n");
    long taskId = team.claim(team.ann).get("task_id").asLong();
    team.submit(team.ann, taskId, java.util.Map.of("label", "irrelevant"));
    team.claim(team.ben);
    team.submit(team.ben, taskId, java.util.Map.of("label", "irrelevant"));
    JsonNode manifest = server.api.post(team.project("/exports"), team.owner, java.util.Map.of("format", "jsonl")).json();
    try (var files = java.nio.file.Files.walk(dir.resolve("exports"))) {
      for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) java.nio.file.Files.delete(file);
    }
    Api.Reply reply = server.api.get(manifest.get("download_url").asText(), team.owner);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void aFailedExportLeavesNoFileAndNoTemporaryAndItsVersionIsReused() throws Exception {
    Team team = new Team(server);
    team.seed("{\"id\":\"r1\",\"query\":\"q\",\"document\":\"d\"}\n");
    long taskId = team.claim(team.ann).get("task_id").asLong();
    team.submit(team.ann, taskId, java.util.Map.of("label", "irrelevant"));
    team.claim(team.ben);
    team.submit(team.ben, taskId, java.util.Map.of("label", "irrelevant"));
    // a file where the project's folder should be: the export is written, then cannot be published
    Path blocker = java.nio.file.Files.createDirectories(dir.resolve("exports"))
        .resolve("project-" + team.projectId);
    java.nio.file.Files.writeString(blocker, "in the way");
    var errors = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ErrorMapping.class);
    errors.setLevel(ch.qos.logback.classic.Level.OFF); // the failure is provoked: keep its stack trace out of the build
    Api.Reply failed;
    try {
      failed = server.api.post(team.project("/exports"), team.owner, java.util.Map.of("format", "jsonl"));
    } finally {
      errors.setLevel(null);
    }
    assertThat(failed.status()).isEqualTo(500);
    try (var files = java.nio.file.Files.walk(dir.resolve("exports"))) {
      assertThat(files.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".lock")).toList()).containsExactly(blocker);
    }
    java.nio.file.Files.delete(blocker);
    JsonNode manifest = server.api.post(team.project("/exports"), team.owner, java.util.Map.of("format", "jsonl"))
        .json();
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
  }

  @Test
  void exportJsonSchemaIsServedToSignedInUsersAndUnknownOnesAreNotFound() {
    String token = server.token("schema-reader");
    Api.Reply reply = server.api.get("/api/schemas/exports/document_relevance/1", token);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/schema+json");
    assertThat(reply.json().get("properties").has("final_label")).isTrue();
    assertThat(reply.json().get("$schema").asText()).contains("2020-12");
    assertThat(server.api.get("/api/schemas/exports/document_relevance/9", token).status()).isEqualTo(404);
    assertThat(server.api.get("/api/schemas/exports/pairwise/1", token).status()).isEqualTo(404);
    assertThat(server.api.get("/api/schemas/exports/document_relevance/1", null).status()).isEqualTo(401);
  }

  @Test
  void openApiDocumentDescribesEveryEndpointWithSchemas() {
    Api.Reply reply = server.api.get(CollectLiteServer.OPENAPI_PATH, null);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode doc = reply.json();
    List<String> paths = List.of("/api/health", "/api/demo/users", "/api/me", "/api/users", "/api/projects",
        "/api/projects/{id}", "/api/projects/{id}/instructions", "/api/projects/{id}/template", "/api/projects/{id}/members",
        "/api/projects/{id}/members/{userId}", "/api/projects/{id}/datasets", "/api/projects/{id}/imports", "/api/projects/{id}/tasks/generate",
        "/api/tasks/next", "/api/schemas/exports/{task_type}/{version}", "/api/projects/{id}/exports/diff", "/api/tasks/{id}/annotations", "/api/tasks/{id}/skip", "/api/projects/{id}/review-queue",
        "/api/reviews/{taskId}/resolve", "/api/projects/{id}/metrics", "/api/projects/{id}/leaderboard", "/api/projects/{id}/dashboard", "/api/projects/{id}/exports",
        "/api/exports/{id}/download", "/api/projects/{id}/quality", "/api/projects/{id}/gold",
        "/api/projects/{id}/reliability", "/api/projects/{id}/consensus/recompute", "/api/projects/{id}/consensus/runs",
        "/api/tasks/{id}/flag", "/api/projects/{id}/flags", "/api/suggesters", "/api/projects/{id}/tasks/suggest",
        "/api/projects/{id}/jobs", "/api/jobs/{id}", "/api/projects/{id}/suggestions/settings",
        "/api/projects/{id}/suggestions/report", "/api/tasks/{id}/suggestions", "/api/projects/{id}/near-duplicates");
    assertThat(doc.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(paths);
    assertThat(doc.at("/components/schemas/ProjectDetail/properties/template/$ref").asText())
        .isEqualTo("#/components/schemas/TemplateView");
    assertThat(doc.at("/components/schemas/ErrorResponse/properties/problems/items/$ref").asText())
        .isEqualTo("#/components/schemas/ProblemView");
    assertThat(doc.at("/components/securitySchemes/BearerAuth/scheme").asText()).isEqualTo("bearer");
  }
}
