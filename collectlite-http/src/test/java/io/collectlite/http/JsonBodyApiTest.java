package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A JSON body the server cannot use is refused with a 400 whose problem names the JSON field at
 * fault in plain words, never a Java type or a server class.
 */
class JsonBodyApiTest extends SqliteTeamTest {
  @Test
  void textWhereANumberBelongsNamesTheField() {
    JsonNode problem = refused("/api/projects", "{\"name\":\"p\",\"overlap\":\"two\"}");
    assertThat(problem.get("field").asText()).isEqualTo("overlap");
    assertThat(problem.get("message").asText()).isEqualTo("must be a whole number");
  }

  @Test
  void fractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
    JsonNode problem = refused(team.project("/tasks/generate"), "{\"overlap\":1.5}");
    assertThat(problem.get("field").asText()).isEqualTo("overlap");
    assertThat(problem.get("message").asText()).isEqualTo("must be a whole number");
    assertThat(team.metrics().get("tasks").asLong()).isZero();
  }

  @Test
  void numberTooLargeForTheFieldSaysSo() {
    JsonNode problem = refused("/api/projects", "{\"name\":\"p\",\"overlap\":99999999999}");
    assertThat(problem.get("field").asText()).isEqualTo("overlap");
    assertThat(problem.get("message").asText()).isEqualTo("is out of range");
  }

  @Test
  void listWhereTextBelongsNamesTheField() {
    JsonNode problem = refused(team.project("/exports"), "{\"format\":[\"jsonl\"]}");
    assertThat(problem.get("field").asText()).isEqualTo("format");
    assertThat(problem.get("message").asText()).isEqualTo("must be text");
  }

  @Test
  void bodyThatIsNotAnObjectIsRefusedAsAWhole() {
    JsonNode problem = refused(team.project("/exports"), "[\"jsonl\"]");
    assertThat(problem.get("field").asText()).isEqualTo("body");
    assertThat(problem.get("message").asText()).isEqualTo("must be a JSON object");
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    JsonNode problem = refused("/api/projects", "{\n  \"name\": tru\n}");
    assertThat(problem.get("field").asText()).isEqualTo("body");
    assertThat(problem.get("message").asText()).isEqualTo("is not valid JSON: unexpected text 'tru' at line 2 column "
        + "11 (text is written in double quotes; other values are numbers, true, false or null)");
  }

  @Test
  void truncatedBodyIsNotValidJson() {
    JsonNode problem = refused("/api/projects", "{\"name\": ");
    assertThat(problem.get("field").asText()).isEqualTo("body");
    assertThat(problem.get("message").asText()).isEqualTo("is not valid JSON: it ends inside an object, at column 10: "
        + "a closing '}' is missing");
  }

  @Test
  void wrongTypeInAnAnnotationNamesTheField() {
    JsonNode problem = refused("/api/tasks/1/annotations", "{\"label\":\"irrelevant\",\"latency_ms\":\"fast\"}");
    assertThat(problem.get("field").asText()).isEqualTo("latency_ms");
    assertThat(problem.get("message").asText()).isEqualTo("must be a whole number");
  }

  @Test
  void anythingAfterTheBodysValueIsRefusedNotIgnored() {
    for (String extra : new String[] {" {\"name\":\"q\"}", "}", " garbage", "\u2028{}"}) {
      JsonNode problem = refused("/api/projects", "{\"name\":\"p\",\"task_type\":\"classification\"}" + extra);
      assertThat(problem.get("field").asText()).isEqualTo("body");
      assertThat(problem.get("message").asText())
          .matches("is not valid JSON: there is more after the JSON value, at column 4[23]: '.+'");
    }
    assertThat(server.api.get("/api/projects", team.owner).json()).hasSize(1);
  }

  @Test
  void aProjectRequestIsRefusedOnceNamingEveryProblem() {
    Api.Reply reply = server.api.post("/api/projects", team.owner, "{\"name\":\" \",\"task_type\":\"sorting\",\"overlap\":0,"
        + "\"split_ratios\":{\"train\":0.5,\"validation\":0.5,\"evaluation\":0.5}}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("problems").findValuesAsText("field"))
        .containsExactly("task_type", "split_ratios", "name", "overlap");
    Api.Reply schema = server.api.post("/api/projects", team.owner, "{\"name\":\"p2\",\"task_type\":\"qa_validation\","
        + "\"labels\":[\"a\"],\"overlap\":11,\"split_ratios\":{\"train\":1}}");
    assertThat(schema.json().get("problems").findValuesAsText("field"))
        .containsExactly("labels", "split_ratios.validation", "split_ratios.evaluation", "overlap");
    assertThat(server.api.get("/api/projects", team.owner).json()).hasSize(1);
  }

  /** Posts the body as the owner, expects a 400 with one problem and no Java internals, returns the problem. */
  private JsonNode refused(String path, String body) {
    Api.Reply reply = server.api.post(path, team.owner, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo("validation_failed");
    assertThat(reply.text()).as(reply.toString())
        .doesNotContain("java.").doesNotContain("io.collectlite").doesNotContain("`")
        .doesNotContain("Cannot deserialize").doesNotContain("Jackson").doesNotContain("Request");
    JsonNode problems = reply.json().get("problems");
    assertThat(problems).as(reply.toString()).hasSize(1);
    return problems.get(0);
  }
}
