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
    // every API route of the server's route table is documented with its method, and nothing else is
    java.util.Set<String> served = new java.util.TreeSet<>(RouteTable.of(server).apiRoutes());
    java.util.Set<String> documented = new java.util.TreeSet<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
        method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    assertThat(served).as("API routes served").hasSizeGreaterThan(40);
    assertThat(documented).isEqualTo(served);
    assertThat(doc.at("/components/schemas/ProjectDetail/properties/template/$ref").asText())
        .isEqualTo("#/components/schemas/TemplateView");
    assertThat(doc.at("/components/schemas/ErrorResponse/properties/problems/items/$ref").asText())
        .isEqualTo("#/components/schemas/ProblemView");
    assertThat(doc.at("/components/securitySchemes/BearerAuth/scheme").asText()).isEqualTo("bearer");
  }
}
