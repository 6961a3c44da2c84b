package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Projects of every task type, their label schemas, and template versions through the API. */
class TemplatesApiTest extends SqliteTeamTest {
  private Api.Reply create(Map<String, ?> body) {
    return server.api.post("/api/projects", team.owner, body);
  }

  private static JsonNode onlyProblem(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("problems")).hasSize(1);
    return reply.json().get("problems").get(0);
  }

  @Test
  void everyTaskTypeStartsFromItsPreset() {
    Map<String, String> firstQuestion = Map.of("pairwise_preference", "pairwise", "document_relevance", "ordinal",
        "classification", "single_choice", "qa_validation", "ordinal", "critique", "numeric");
    firstQuestion.forEach((type, kind) -> {
      Api.Reply created = create(Map.of("name", type, "task_type", type));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonNode template = server.api.get("/api/projects/" + created.json().get("id").asLong(), team.owner).json()
          .get("template");
      assertThat(template.get("question").get("kind").asText()).as(type).isEqualTo(kind);
      assertThat(template.get("schema").get("questions").get(0)).isEqualTo(template.get("question"));
    });
  }

  /** The upload hint is built from these: what every row needs and what it may add, per task type. */
  @Test
  void aProjectSaysWhichRowFieldsAnUploadNeedsAndWhichItMayAdd() {
    Map<String, List<List<String>>> fields = Map.of(
        "pairwise_preference", List.of(List.of("prompt", "response_a", "response_b"), List.of("model_a", "model_b")),
        "document_relevance", List.of(List.of("query", "document"), List.of()),
        "classification", List.of(List.of("text"), List.of()),
        "critique", List.of(List.of("prompt", "response"), List.of()));
    fields.forEach((type, expected) -> {
      long id = create(Map.of("name", type, "task_type", type)).json().get("id").asLong();
      JsonNode project = server.api.get("/api/projects/" + id, team.owner).json();
      assertThat(project.get("template").get("required_fields")).extracting(JsonNode::asText).as(type)
          .containsExactlyElementsOf(expected.get(0));
      assertThat(project.get("optional_fields")).extracting(JsonNode::asText).as(type)
          .containsExactlyElementsOf(expected.get(1));
    });
  }

  @Test
  void aClassificationProjectTakesItsLabelsAndAFieldMapping() {
    Api.Reply created = create(Map.of("name", "Tickets", "task_type", "classification",
        "labels", List.of("billing", "bug", "feature_request"), "multi_label", true,
        "field_mapping", Map.of("text", "body")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    JsonNode schema = server.api.get("/api/projects/" + id, team.owner).json().get("template").get("schema");
    JsonNode question = schema.get("questions").get(0);
    assertThat(question.get("kind").asText()).isEqualTo("multi_choice");
    assertThat(question.get("options").findValuesAsText("value")).containsExactly("billing", "bug", "feature_request");
    assertThat(question.get("options").findValuesAsText("key")).containsExactly("1", "2", "3");
    assertThat(question.get("options").get(2).get("title").asText()).isEqualTo("Feature request");
    assertThat(schema.get("field_mapping").get("text").asText()).isEqualTo("body");
    Api.Reply upload = server.api.upload("/api/projects/" + id + "/datasets", team.owner, "t.csv",
        "id,body\nt1,\"I was charged twice, help\"\n");
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
  }

  @Test
  void labelsForATypeOtherThanClassificationAreRefused() {
    assertThat(onlyProblem(create(Map.of("name", "x", "task_type", "critique", "labels", List.of("a", "b"))))
        .get("field").asText()).isEqualTo("labels");
    assertThat(onlyProblem(create(Map.of("name", "x", "task_type", "essay"))).get("message").asText())
        .contains("pairwise_preference, document_relevance, classification, qa_validation, critique");
  }

  @Test
  void aBadSchemaIsRefusedNamingTheQuestion() {
    Map<String, Object> schema = Map.of("questions", List.of(
        Map.of("kind", "single_choice", "name", "label", "options", List.of(Map.of("value", "a", "key", "1"),
            Map.of("value", "b", "key", "1")))), "required_fields", List.of("text"));
    JsonNode problem = onlyProblem(create(Map.of("name", "x", "task_type", "classification", "schema", schema)));
    assertThat(problem.get("field").asText()).isEqualTo("schema.questions[0]");
    assertThat(problem.get("message").asText()).contains("uses the key '1' twice");
  }

  @Test
  void aTemplateEditMakesANewVersionAndRefusesDroppingAnOption() {
    JsonNode schema = server.api.get(team.project(""), team.owner).json().get("template").get("schema");
    Map<String, Object> wider = Map.of("questions", List.of(Map.of("kind", "ordinal", "name", "relevance",
        "prompt", "How relevant?", "options", List.of(Map.of("value", "irrelevant", "title", "Off topic", "key", "1"),
            Map.of("value", "partially_relevant", "title", "Partly", "key", "2"),
            Map.of("value", "highly_relevant", "title", "Highly", "key", "3"),
            Map.of("value", "perfect", "title", "Perfect", "key", "4")))),
        "required_fields", List.of("query", "document"));
    Api.Reply edited = server.api.put(team.project("/template"), team.owner, Map.of("schema", wider));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().get("version").asInt()).isEqualTo(2);
    assertThat(edited.json().get("instructions").asText()).isEqualTo("# Grade it");
    assertThat(edited.json().get("question").get("options")).hasSize(4);
    Map<String, Object> narrower = Map.of("questions", List.of(Map.of("kind", "ordinal", "name", "relevance",
        "options", List.of(Map.of("value", "irrelevant"), Map.of("value", "highly_relevant")))),
        "required_fields", List.of("query", "document"));
    JsonNode problem = onlyProblem(server.api.put(team.project("/template"), team.owner, Map.of("schema", narrower)));
    assertThat(problem.get("message").asText()).contains("drops partially_relevant");
    assertThat(server.api.put(team.project("/template"), team.ann, Map.of("schema", schema)).status()).isEqualTo(403);
  }

  @Test
  void answersByQuestionNameAreCheckedAndShownToTheReviewer() {
    Api.Reply created = create(Map.of("name", "QA", "task_type", "qa_validation", "overlap", 1));
    long id = created.json().get("id").asLong();
    server.api.put("/api/projects/" + id + "/members/" + server.userId(team.ann), team.owner,
        Map.of("role", "annotator"));
    server.api.upload("/api/projects/" + id + "/datasets", team.owner, "qa.jsonl",
        "{\"context\":\"Paris is in France.\",\"question\":\"Capital?\",\"answer\":\"Lyon\"}\n");
    server.api.post("/api/projects/" + id + "/tasks/generate", team.owner, Map.of());
    long task = server.api.get("/api/tasks/next?project=" + id, team.ann).json().get("task_id").asLong();
    Api.Reply bad = team.submit(team.ann, task, Map.of("answers", Map.of("verdict", "wrong", "comment", "x")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("problems").findValuesAsText("field")).containsExactly("answers.verdict", "answers.comment");
    Api.Reply both = team.submit(team.ann, task, Map.of("label", "correct", "answers", Map.of("verdict", "correct")));
    assertThat(onlyProblem(both).get("field").asText()).isEqualTo("answers");
    Api.Reply ok = team.submit(team.ann, task, Map.of("answers",
        Map.of("verdict", "incorrect", "corrected_answer", "Paris")));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
  }
  @Test
  void aPairwiseSchemaWithoutChoicesGetsAOrBOrTie() {
    Map<String, Object> schema = Map.of("questions", List.of(Map.of("kind", "pairwise", "name", "better",
        "prompt", "Which is better?")), "required_fields", List.of("prompt", "response_a", "response_b"));
    Api.Reply created = create(Map.of("name", "Arena", "task_type", "pairwise_preference", "schema", schema));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode question = server.api.get("/api/projects/" + created.json().get("id").asLong(), team.owner).json()
        .get("template").get("question");
    assertThat(question.get("choices").findValuesAsText("value")).containsExactly("a", "b", "tie");
  }

  @Test
  void nullLabelsOrMappingsAreRefusedNamingTheField() {
    java.util.List<String> labels = new java.util.ArrayList<>(List.of("a"));
    labels.add(null);
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "x", "task_type", "classification"));
    body.put("labels", labels);
    assertThat(onlyProblem(create(body)).get("field").asText()).isEqualTo("labels");
    Map<String, String> mapping = new java.util.HashMap<>();
    mapping.put("text", null);
    Map<String, Object> mapped = new java.util.HashMap<>(Map.of("name", "x", "task_type", "classification"));
    mapped.put("field_mapping", mapping);
    assertThat(onlyProblem(create(mapped)).get("field").asText()).isEqualTo("field_mapping");
  }
}
