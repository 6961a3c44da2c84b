package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Quality settings, gold files, reliability, recomputes, flags and the review queue's reasons over HTTP. */
class QualityApiTest extends SqliteTeamTest {
  private static String rows(int n) {
    return IntStream.range(0, n).mapToObj(i -> "{\"id\":\"r" + i + "\",\"query\":\"q" + i + "\",\"document\":\"d" + i
        + "\",\"source\":\"wiki\"}").collect(Collectors.joining("\n", "", "\n"));
  }

  private Api.Reply putSettings(String token, String json) {
    return server.api.put(team.project("/quality"), token, json);
  }

  @Test
  void ownersChangeSettingsAndEveryBadFieldIsNamed() {
    Api.Reply defaults = server.api.get(team.project("/quality"), team.rita);
    assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
    assertThat(defaults.json().get("aggregation").asText()).isEqualTo("majority");
    assertThat(defaults.json().get("model_disagreement").isNull()).isTrue();
    Api.Reply changed = putSettings(team.owner, "{\"aggregation\":\"dawid_skene\",\"gold_rate\":0.2}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("aggregation").asText()).isEqualTo("dawid_skene");
    assertThat(changed.json().get("min_agreement").asDouble()).isEqualTo(0.5);
    Api.Reply bad = putSettings(team.owner, "{\"aggregation\":\"vibes\",\"gold_rate\":\"high\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().get("problems").get(0).get("field").asText()).isEqualTo("quality.aggregation");
    assertThat(putSettings(team.rita, "{\"gold_rate\":0.1}").status()).isEqualTo(403);
    assertThat(server.api.get(team.project("/quality"), team.ann).status()).isEqualTo(403);
    assertThat(server.api.get(team.project("/quality"), null).status()).isEqualTo(401);
    assertThat(server.api.get(team.project("/quality"), team.owner).json().get("gold_rate").asDouble()).isEqualTo(0.2);
  }

  @Test
  void goldProbesLookLikeAnyTaskToAnnotatorsAndScoreThem() {
    team.seed(rows(30));
    String gold = IntStream.range(20, 30).mapToObj(i -> "{\"example_id\":\"r" + i + "\",\"label\":\"irrelevant\"}")
        .collect(Collectors.joining("\n", "", "\n"));
    Api.Reply stored = server.api.upload(team.project("/gold"), team.owner, "gold.jsonl", gold);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    assertThat(stored.json().get("added").asInt()).isEqualTo(10);
    assertThat(server.api.upload(team.project("/gold"), team.rita, "gold.jsonl", gold).status()).isEqualTo(403);
    assertThat(putSettings(team.owner, "{\"gold_rate\":0.4}").status()).isEqualTo(200);
    List<JsonNode> claims = new ArrayList<>();
    for (JsonNode claim = team.claim(team.ann); claim != null; claim = team.claim(team.ann)) {
      claims.add(claim);
      Api.Reply submit = team.submit(team.ann, claim.get("task_id").asLong(), Map.of("label", "irrelevant"));
      assertThat(submit.status()).isEqualTo(201);
      // a submit answers the same for a gold probe as for real work: the annotation and nothing else
      assertThat(submit.json().properties()).extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrder("annotation_id", "replayed");
    }
    List<JsonNode> probes = claims.stream().filter(c -> c.get("example_id").asText().matches("r2\\d")).toList();
    assertThat(probes).isNotEmpty();
    assertThat(claims.size() - probes.size()).isEqualTo(20);
    JsonNode real = claims.stream().filter(c -> !probes.contains(c)).findFirst().orElseThrow();
    for (JsonNode probe : probes) {
      assertThat(probe.toString()).doesNotContain("gold");
      assertThat(iterable(probe.fieldNames())).isEqualTo(iterable(real.fieldNames()));
    }
    Api.Reply reliability = server.api.get(team.project("/reliability"), team.owner);
    assertThat(reliability.status()).as(reliability.toString()).isEqualTo(200);
    JsonNode ann = find(reliability.json(), "annotator", "ann");
    assertThat(ann.get("gold_total").asInt()).isEqualTo(probes.size());
    assertThat(ann.get("gold_correct").asInt()).isEqualTo(probes.size());
    assertThat(ann.get("gold_accuracy").asDouble()).isLessThan(1.0);
    assertThat(ann.get("basis").asText()).isEqualTo("gold");
    assertThat(server.api.get(team.project("/reliability"), team.ann).status()).isEqualTo(403);
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) return n;
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  @Test
  void aRecomputeUnderStricterSettingsFillsTheQueueWithReasonsAndSuggestions() {
    team.seed(rows(2));
    server.api.upload(team.project("/imports"), team.owner, "model.jsonl",
        "{\"example_id\":\"r0\",\"model\":\"ranker\",\"label\":\"irrelevant\",\"confidence\":0.9}\n");
    for (int i = 0; i < 2; i++) {
      long task = team.claim(team.ann).get("task_id").asLong();
      team.claim(team.ben);
      team.submit(team.ann, task, Map.of("label", "highly_relevant", "latency_ms", 1200, "notes", "clear"));
      team.submit(team.ben, task, Map.of("label", "highly_relevant"));
    }
    assertThat(team.metrics().get("review_backlog").asLong()).isZero();
    assertThat(putSettings(team.owner, "{\"model_disagreement\":0.8}").status()).isEqualTo(200);
    Api.Reply run = server.api.post(team.project("/consensus/recompute"), team.owner, Map.of());
    assertThat(run.status()).as(run.toString()).isEqualTo(201);
    assertThat(run.json().get("run").get("tasks").asInt()).isEqualTo(2);
    assertThat(run.json().get("run").get("changed").asInt()).isEqualTo(1);
    assertThat(run.json().get("compute_ms").asDouble()).isNotNegative();
    assertThat(server.api.post(team.project("/consensus/recompute"), team.rita, Map.of()).status()).isEqualTo(403);
    Api.Reply queue = server.api.get(team.project("/review-queue?reason=model_disagreement"), team.rita);
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    JsonNode item = queue.json().get(0);
    assertThat(queue.json()).hasSize(1);
    assertThat(item.get("example_id").asText()).isEqualTo("r0");
    assertThat(item.get("fields").get("source").asText()).isEqualTo("wiki");
    assertThat(item.get("consensus").get("reasons").get(0).asText()).isEqualTo("model_disagreement");
    assertThat(item.get("suggestions").get(0).get("model").asText()).isEqualTo("ranker");
    assertThat(item.get("suggestions").get(0).get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(find(item.get("annotations"), "annotator", "ann").get("latency_ms").asLong()).isEqualTo(1200);
    assertThat(server.api.get(team.project("/review-queue?reason=owner_flag"), team.rita).json()).isEmpty();
    Api.Reply badReason = server.api.get(team.project("/review-queue?reason=boredom"), team.rita);
    assertThat(badReason.status()).isEqualTo(400);
    Api.Reply runs = server.api.get(team.project("/consensus/runs"), team.rita);
    assertThat(runs.json().get(0).get("method").asText()).isEqualTo("majority");
    assertThat(runs.json().get(0).get("settings").get("model_disagreement").asDouble()).isEqualTo(0.8);
    // the reviewer resolves it and marks the decision gold: both annotators were wrong on it
    Api.Reply resolved = server.api.post("/api/reviews/" + item.get("task_id").asLong() + "/resolve", team.rita,
        Map.of("label", "irrelevant", "comment", "model was right", "gold", true));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    JsonNode ann = find(server.api.get(team.project("/reliability"), team.owner).json(), "annotator", "ann");
    assertThat(ann.get("gold_total").asInt()).isEqualTo(1);
    assertThat(ann.get("gold_correct").asInt()).isZero();
  }

  @Test
  void ownersFlagResolvedTasksForReview() {
    team.seed(rows(2));
    long task = team.claim(team.ann).get("task_id").asLong();
    team.claim(team.ben);
    Api.Reply open = server.api.post("/api/tasks/" + task + "/flag", team.owner, Map.of("comment", "check"));
    assertThat(open.status()).as(open.toString()).isEqualTo(409);
    team.submit(team.ann, task, Map.of("label", "irrelevant"));
    team.submit(team.ben, task, Map.of("label", "irrelevant"));
    assertThat(server.api.post("/api/tasks/" + task + "/flag", team.rita, Map.of()).status()).isEqualTo(403);
    assertThat(server.api.post("/api/tasks/" + task + "/flag", team.ann, Map.of()).status()).isEqualTo(403);
    Api.Reply flagged = server.api.post("/api/tasks/" + task + "/flag", team.owner, Map.of("comment", "check"));
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(204);
    JsonNode queue = server.api.get(team.project("/review-queue?reason=owner_flag"), team.rita).json();
    assertThat(queue).hasSize(1);
    assertThat(queue.get(0).get("consensus").get("reasons").get(0).asText()).isEqualTo("owner_flag");
  }

  @Test
  void ownersFlagTasksByExampleId() {
    team.seed(rows(2));
    JsonNode claim = team.claim(team.ann);
    long task = claim.get("task_id").asLong();
    String example = claim.get("example_id").asText();
    team.claim(team.ben);
    Api.Reply open = server.api.post(team.project("/flags"), team.owner, Map.of("example_id", example));
    assertThat(open.status()).as(open.toString()).isEqualTo(409);
    team.submit(team.ann, task, Map.of("label", "irrelevant"));
    team.submit(team.ben, task, Map.of("label", "irrelevant"));
    assertThat(server.api.post(team.project("/flags"), team.rita, Map.of("example_id", example)).status())
        .isEqualTo(403);
    assertThat(server.api.post(team.project("/flags"), team.ann, Map.of("example_id", example)).status())
        .isEqualTo(403);
    Api.Reply unknown = server.api.post(team.project("/flags"), team.owner, Map.of("example_id", "nope"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).contains("nope");
    Api.Reply missing = server.api.post(team.project("/flags"), team.owner, Map.of("comment", "check"));
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().get("problems").get(0).get("field").asText()).isEqualTo("example_id");
    Api.Reply flagged = server.api.post(team.project("/flags"), team.owner,
        Map.of("example_id", example, "comment", "label looks off"));
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(204);
    JsonNode queue = server.api.get(team.project("/review-queue?reason=owner_flag"), team.rita).json();
    assertThat(queue).hasSize(1);
    assertThat(queue.get(0).get("example_id").asText()).isEqualTo(example);
    assertThat(queue.get(0).get("consensus").get("reasons").get(0).asText()).isEqualTo("owner_flag");
  }
}
