package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An owner's project with two annotators and a reviewer, set up through the API. */
final class Team {
  final TestServer server;
  final String owner;
  final String ann;
  final String ben;
  final String rita;
  final long projectId;

  Team(TestServer server) {
    this.server = server;
    this.owner = server.token("olivia");
    this.ann = server.token("ann");
    this.ben = server.token("ben");
    this.rita = server.token("rita");
    Api.Reply created = server.api.post("/api/projects", owner, Map.of("name", "Relevance", "task_type",
        "document_relevance", "instructions", "# Grade it", "overlap", 2));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    this.projectId = created.json().get("id").asLong();
    addMember(ann, "annotator");
    addMember(ben, "annotator");
    addMember(rita, "reviewer");
  }

  private void addMember(String token, String role) {
    Api.Reply reply = server.api.put(project("/members/" + server.userId(token)), owner, Map.of("role", role));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  /** A path under this project, e.g. {@code project("/metrics")}. */
  String project(String suffix) {
    return "/api/projects/" + projectId + suffix;
  }

  Api.Reply upload(String fileName, String content) {
    return server.api.upload(project("/datasets"), owner, fileName, content);
  }

  JsonNode metrics() {
    Api.Reply reply = server.api.get(project("/metrics"), owner);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Uploads rows and generates tasks; returns how many tasks were created. */
  int seed(String jsonl) {
    Api.Reply upload = upload("rows.jsonl", jsonl);
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    Api.Reply generated = server.api.post(project("/tasks/generate"), owner, Map.of());
    assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
    return generated.json().get("created").asInt();
  }

  /** Claims the next task for a member; null when the queue is empty. */
  JsonNode claim(String token) {
    Api.Reply reply = server.api.get("/api/tasks/next?project=" + projectId, token);
    if (reply.status() == 204) return null;
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  Api.Reply submit(String token, long taskId, Map<String, ?> body) {
    return server.api.post("/api/tasks/" + taskId + "/annotations", token, body);
  }
}
