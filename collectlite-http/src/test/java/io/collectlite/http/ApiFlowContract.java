package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow through the REST API: project, members, uploads (JSONL with a documents list,
 * CSV with candidate columns), tasks with overlap 2, two annotators, consensus, review, exports
 * verified byte for byte. Each store adapter runs it by naming its store.
 */
abstract class ApiFlowContract {
  static final String JSONL = String.join("\n",
      "{\"id\":\"j1\",\"query\":\"reset postgres password\",\"document\":\"Edit pg_hba.conf, reload, ALTER USER.\"}",
      "{\"id\":\"j2\",\"query\":\"boiling point at altitude\",\"documents\":[\"Lower pressure, lower boiling point.\","
          + "\"Water is H2O.\"]}",
      "");
  static final String CSV = "id,query,candidate_a,candidate_b\r\n"
      + "c1,\"tcp vs udp\",\"TCP is reliable, UDP is not.\",\"UDP has an 8-byte header.\"\r\n";
  /** The one example the annotators disagree on. */
  static final String CONTESTED = "j1";

  @TempDir Path dir;
  TestServer server;
  Team team;

  abstract TestServer startServer(Path dir);

  @BeforeEach
  void start() {
    server = startServer(dir);
    team = new Team(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void ownerRunsAProjectFromUploadToVerifiedExport() throws Exception {
    uploadBothFormats();
    Api.Reply generated = server.api.post(team.project("/tasks/generate"), team.owner, Map.of("overlap", 2));
    assertThat(generated.json().get("created").asInt()).isEqualTo(5);

    assertThat(annotateAll()).hasSize(5);
    JsonNode metrics = team.metrics();
    assertThat(metrics.get("annotations").asLong()).isEqualTo(10);
    assertThat(metrics.get("review_backlog").asLong()).isEqualTo(1);
    assertThat(metrics.get("tasks_by_state").get("resolved").asLong()).isEqualTo(4);
    assertThat(metrics.get("tasks_by_state").get("needs_review").asLong()).isEqualTo(1);

    resolveTheContestedTask();
    assertThat(team.metrics().get("export_readiness").asDouble()).isEqualTo(1.0);

    JsonNode jsonl = exportAndVerify("jsonl", 5);
    JsonNode csv = exportAndVerify("csv", 5);
    assertThat(csv.get("version").asInt()).isGreaterThan(jsonl.get("version").asInt());
    Api.Reply list = server.api.get(team.project("/exports"), team.owner);
    assertThat(list.json()).hasSize(2);

    // the same tasks in a JSONL and a CSV version: nothing added, removed or relabelled
    Api.Reply diff = server.api.get(team.project("/exports/diff?from=" + jsonl.get("id").asLong() + "&to="
        + csv.get("id").asLong()), team.owner);
    assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
    assertThat(diff.json().get("unchanged_count").asLong()).isEqualTo(5);
    assertThat(diff.json().get("added_count").asLong() + diff.json().get("removed_count").asLong()
        + diff.json().get("changed_count").asLong()).isZero();
    assertThat(server.api.get(team.project("/exports/diff?from=" + jsonl.get("id").asLong()), team.owner).status())
        .isEqualTo(400);
    assertThat(server.api.get(team.project("/exports/diff?from=" + jsonl.get("id").asLong() + "&to="
        + csv.get("id").asLong()), team.ann).status()).isEqualTo(403);
  }

  private void uploadBothFormats() {
    Api.Reply jsonl = team.upload("rows.jsonl", JSONL);
    assertThat(jsonl.status()).as(jsonl.toString()).isEqualTo(201);
    assertThat(jsonl.json().get("rows_read").asInt()).isEqualTo(2);
    assertThat(jsonl.json().get("examples_created").asInt()).isEqualTo(3);
    Api.Reply csv = team.upload("rows.csv", CSV);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(201);
    assertThat(csv.json().get("examples_created").asInt()).isEqualTo(2);
    assertThat(csv.json().get("file_name").asText()).isEqualTo("rows.csv");
  }

  /** Both annotators label every task; they agree except on {@link #CONTESTED}. Returns the examples labelled. */
  private Set<String> annotateAll() {
    Set<String> labelled = new HashSet<>();
    for (String annotator : List.of(team.ann, team.ben)) {
      for (JsonNode claim = team.claim(annotator); claim != null; claim = team.claim(annotator)) {
        String exampleId = claim.get("example_id").asText();
        assertThat(claim.get("fields").get("query").asText()).isNotBlank();
        assertThat(claim.get("fields").get("document").asText()).isNotBlank();
        String label = exampleId.equals(CONTESTED) && annotator.equals(team.ben) ? "irrelevant" : "highly_relevant";
        Api.Reply submitted = team.submit(annotator, claim.get("task_id").asLong(),
            Map.of("label", label, "confidence", "high", "notes", "", "latency_ms", 1200));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        labelled.add(exampleId);
      }
    }
    return labelled;
  }

  private void resolveTheContestedTask() {
    Api.Reply queue = server.api.get(team.project("/review-queue"), team.rita);
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    assertThat(queue.json()).hasSize(1);
    JsonNode item = queue.json().get(0);
    assertThat(item.get("example_id").asText()).isEqualTo(CONTESTED);
    assertThat(item.get("annotations")).hasSize(2);
    assertThat(item.get("consensus").get("reasons").get(0).asText()).isEqualTo("disagreement");
    Api.Reply misnamed = server.api.post("/api/reviews/" + item.get("task_id").asLong() + "/resolve", team.rita,
        Map.of("answers", Map.of("relevance", "somewhat", "mood", "x")));
    assertThat(misnamed.status()).as(misnamed.toString()).isEqualTo(400);
    assertThat(misnamed.json().get("problems").findValuesAsText("field"))
        .as("named as the request spells them").containsExactly("answers.relevance", "answers.mood");
    Api.Reply resolved = server.api.post("/api/reviews/" + item.get("task_id").asLong() + "/resolve", team.rita,
        Map.of("label", "partially_relevant", "comment", "The answer is partly there."));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.json().get("state").asText()).isEqualTo("resolved");
    assertThat(server.api.get(team.project("/review-queue"), team.rita).json()).isEmpty();
  }

  private JsonNode exportAndVerify(String format, int records) throws Exception {
    Api.Reply created = server.api.post(team.project("/exports"), team.owner, Map.of("format", format));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode manifest = created.json();
    assertThat(manifest.get("record_count").asLong()).isEqualTo(records);

    Api.Reply file = server.api.get(manifest.get("download_url").asText(), team.owner);
    assertThat(file.status()).isEqualTo(200);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes()));
    assertThat(file.header("X-Checksum-SHA256")).isEqualTo(sha256).isEqualTo(manifest.get("sha256").asText());
    assertThat(file.header("X-Record-Count")).isEqualTo(Integer.toString(records));
    assertThat(file.header("Content-Disposition")).startsWith("attachment").contains(manifest.get("file_name").asText());
    String text = new String(file.bytes(), StandardCharsets.UTF_8);
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    assertThat(lines).isEqualTo(format.equals("csv") ? records + 1 : records);
    assertThat(text).contains("partially_relevant");
    return manifest;
  }
}
