package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportSchemaCheck;
import io.collectlite.export.ExportWriter;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.review.ReviewItem;
import io.collectlite.task.Claim;
import io.collectlite.template.LabelOption;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Presets;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every task type end to end on a real store: upload rows of its shape, two annotators answer every
 * question, a split goes to review and is resolved, and the export follows the type's JSON Schema
 * with a {@code final_label} of the primary question's type.
 */
public abstract class TaskTypesContract extends ReviewAndExportContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A project of one type with an owner, a reviewer and two annotators. */
  private final class Team {
    final User owner = app.createUser("owner").user();
    final User reviewer = app.createUser("reviewer").user();
    final User ann = app.createUser("ann").user();
    final User ben = app.createUser("ben").user();
    final Project project;

    Team(NewProject newProject) {
      project = app.createProject(owner, newProject.withSeed(5));
      app.putMember(owner, project.id(), reviewer.id(), Role.REVIEWER);
      app.putMember(owner, project.id(), ann.id(), Role.ANNOTATOR);
      app.putMember(owner, project.id(), ben.id(), Role.ANNOTATOR);
    }

    void upload(String jsonl) {
      app.upload(owner, project.id(), "rows.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
      app.generateTasks(owner, project.id());
    }

    void upload(String fileName, String jsonl) {
      app.upload(owner, project.id(), fileName, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each annotator answers the tasks in claim order with the given labels (JSON text). */
    void answer(User annotator, String... labels) throws IOException {
      for (String label : labels) {
        Claim claim = app.claimNext(annotator, project.id()).orElseThrow();
        app.submit(annotator, claim.taskId(), AnnotationInput.of(JSON.readTree(label)));
      }
      assertThat(app.claimNext(annotator, project.id())).isEmpty();
    }

    List<JsonNode> export() throws IOException {
      ExportInfo info = app.export(owner, project.id(), ExportFormat.JSONL);
      String jsonl;
      try (InputStream in = app.openExport(owner, info.id())) {
        jsonl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(ExportSchemaCheck.violations(project.taskType(), ExportWriter.SCHEMA_VERSION, jsonl)).isEmpty();
      List<JsonNode> records = new ArrayList<>();
      for (String line : jsonl.split("\n")) records.add(JSON.readTree(line));
      return records;
    }

    JsonNode record(List<JsonNode> records, String exampleId) {
      return records.stream().filter(r -> r.get("example_id").asText().equals(exampleId)).findFirst().orElseThrow();
    }
  }

  @Test
  void pairwisePreferencesSettleByMajorityOfChoicesAndKeepStrengths() throws IOException {
    Team t = new Team(NewProject.of("Chat arena", TaskType.PAIRWISE_PREFERENCE, "Pick the better answer."));
    t.upload("{\"id\":\"p1\",\"prompt\":\"Say hi\",\"response_a\":\"Hi!\",\"response_b\":\"Go away\",\"model_a\":\"m1\"}\n"
        + "{\"id\":\"p2\",\"prompt\":\"2+2?\",\"response_a\":\"5\",\"response_b\":\"4\"}\n");
    t.answer(t.ann, "{\"preference\":{\"choice\":\"a\",\"strength\":\"clearly\"}}", "\"b\"");
    t.answer(t.ben, "{\"preference\":{\"choice\":\"a\",\"strength\":\"slightly\"}}", "\"tie\"");
    ReviewItem contested = app.reviewQueue(t.reviewer, t.project.id()).get(0);
    assertThat(contested.annotations()).extracting(Annotation::answers)
        .contains("{\"preference\":{\"choice\":\"b\"}}", "{\"preference\":{\"choice\":\"tie\"}}");
    app.resolve(t.reviewer, contested.task().id(), JSON.readTree("{\"preference\":{\"choice\":\"b\"}}"), "4 is right");
    List<JsonNode> records = t.export();
    assertThat(t.record(records, "p1").get("final_label").asText()).isEqualTo("a");
    assertThat(t.record(records, "p1").get("fields").get("model_a").asText()).isEqualTo("m1");
    assertThat(t.record(records, "p2").get("final_label").asText()).isEqualTo("b");
    assertThat(t.record(records, "p2").get("reviewer_override").asBoolean()).isTrue();
  }

  @Test
  void multiLabelClassificationExportsTheAgreedLabelSetAsAList() throws IOException {
    Team t = new Team(NewProject.of("Moderation", TaskType.CLASSIFICATION, "")
        .withSchema(Presets.classification(List.of("spam", "toxic", "fine"), true)));
    t.upload("{\"id\":\"c1\",\"text\":\"BUY NOW, idiot\"}\n{\"id\":\"c2\",\"text\":\"nice post\"}\n");
    t.answer(t.ann, "[\"toxic\",\"spam\"]", "[\"fine\"]");
    t.answer(t.ben, "[\"spam\",\"toxic\"]", "[\"fine\"]");
    List<JsonNode> records = t.export();
    assertThat(t.record(records, "c1").get("final_label").toString()).isEqualTo("[\"spam\",\"toxic\"]");
    assertThat(t.record(records, "c2").get("final_label").toString()).isEqualTo("[\"fine\"]");
  }

  @Test
  void qaValidationKeepsCorrectedAnswersAndAReviewerCanGiveOne() throws IOException {
    Team t = new Team(NewProject.of("QA check", TaskType.QA_VALIDATION, ""));
    t.upload("{\"id\":\"q1\",\"context\":\"Paris is the capital of France.\",\"question\":\"Capital of France?\","
        + "\"answer\":\"Lyon\"}\n");
    t.answer(t.ann, "{\"verdict\":\"incorrect\",\"corrected_answer\":\"Paris\"}");
    t.answer(t.ben, "{\"verdict\":\"partially_correct\"}");
    ReviewItem contested = app.reviewQueue(t.reviewer, t.project.id()).get(0);
    assertThat(contested.annotations()).extracting(Annotation::answers)
        .contains("{\"verdict\":\"incorrect\",\"corrected_answer\":\"Paris\"}");
    app.resolve(t.reviewer, contested.task().id(),
        JSON.readTree("{\"verdict\":\"incorrect\",\"corrected_answer\":\"Paris\"}"), "");
    assertThat(t.record(t.export(), "q1").get("final_label").asText()).isEqualTo("incorrect");
  }

  @Test
  void critiqueRatingsExportTheirMedianAsANumber() throws IOException {
    Team t = new Team(NewProject.of("Critique", TaskType.CRITIQUE, ""));
    t.upload("{\"id\":\"r1\",\"prompt\":\"Explain RAG\",\"response\":\"Retrieval then generation.\"}\n");
    t.answer(t.ann, "{\"rating\":4,\"critique\":\"Short but right.\"}");
    t.answer(t.ben, "{\"rating\":5,\"critique\":\"Correct.\"}");
    JsonNode record = t.record(t.export(), "r1");
    assertThat(record.get("final_label").isNumber()).isTrue();
    assertThat(record.get("final_label").asInt()).isEqualTo(4);
    assertThat(record.get("consensus_method").asText()).isEqualTo("median");
  }

  @Test
  void aFieldMappingReadsOtherColumnNamesIntoTheTemplateFields() throws IOException {
    LabelSchema mapped = Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE)
        .withFieldMapping(Map.of("query", "question", "document", "passage"));
    Team t = new Team(NewProject.of("Mapped", TaskType.DOCUMENT_RELEVANCE, "").withSchema(mapped));
    t.upload("{\"id\":\"m1\",\"question\":\"what is rag\",\"passage\":\"RAG retrieves documents\"}\n");
    Claim claim = app.claimNext(t.ann, t.project.id()).orElseThrow();
    assertThat(JSON.readTree(claim.fieldsJson()).get("query").asText()).isEqualTo("what is rag");
    assertThatThrownBy(() -> app.upload(t.owner, t.project.id(), "bad.jsonl",
        new ByteArrayInputStream("{\"id\":\"m2\",\"question\":\"q\"}\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(1, "passage (mapped to document)",
                "is required (or 'documents' as a list, or candidate_* columns)")));
  }

  @Test
  void aLabelEditMakesANewVersionAndEarlierAnnotationsKeepTheirs() throws IOException {
    Team t = new Team(NewProject.relevance("Edited", ""));
    t.upload("{\"id\":\"e1\",\"query\":\"q\",\"document\":\"d\"}\n");
    t.answer(t.ann, "\"highly_relevant\"");
    OrdinalScale wider = new OrdinalScale("relevance", "How relevant?", List.of(
        new LabelOption("irrelevant", "Off topic", "1"), new LabelOption("partially_relevant", "Partly", "2"),
        new LabelOption("highly_relevant", "Highly", "3"), new LabelOption("perfect", "Perfect answer", "4")));
    Template v2 = app.updateTemplate(t.owner, t.project.id(), "Grade it.",
        Optional.of(Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE).withQuestions(List.of(wider))));
    assertThat(v2.version()).isEqualTo(2);
    t.answer(t.ben, "\"perfect\"");
    long task = app.reviewQueue(t.reviewer, t.project.id()).get(0).task().id();
    assertThat(store.tasks().annotations(task)).extracting(Annotation::templateVersion).containsExactly(1, 2);
    assertThatThrownBy(() -> app.updateTemplate(t.owner, t.project.id(), "x",
        Optional.of(Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE).withQuestions(List.of(Presets.VERDICT)))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must stay 'relevance'");
    assertThat(store.projects().template(t.project.id(), 1).orElseThrow().schema().primary())
        .isEqualTo(Presets.RELEVANCE);
  }

  @Test
  void aSchemaThatDoesNotFitTheTaskTypeIsRefused() {
    assertThatThrownBy(() -> app.createProject(app.createUser("o").user(), NewProject.of("x", TaskType.CRITIQUE, "")
        .withSchema(Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).field())
            .isEqualTo("schema.questions[0].kind"));
  }
  @Test
  void anEditCheckedAgainstAnOlderVersionIsRefusedSoItCannotUndoTheEditBetween() {
    Team t = new Team(NewProject.relevance("Racing edits", ""));
    LabelSchema schema = Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE);
    store.projects().addTemplateVersion(t.project.id(), 1, "first editor", schema, t.owner.id(), clock.instant());
    assertThatThrownBy(() -> store.projects().addTemplateVersion(t.project.id(), 1, "second editor", schema,
        t.owner.id(), clock.instant()))
        .isInstanceOf(io.collectlite.error.ConflictException.class).hasMessageContaining("now version 2");
    assertThat(app.template(t.owner, t.project.id()).instructions()).isEqualTo("first editor");
  }
  @Test
  void aFileNameWithANulCharacterIsRefusedAsBadInput() {
    Team t = new Team(NewProject.relevance("Names", ""));
    assertThatThrownBy(() -> t.upload("rows\u0000.jsonl", "{\"query\":\"q\",\"document\":\"d\"}\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).field())
            .isEqualTo("file"));
  }
  @Test
  void metricsReportKrippendorffsAlphaAtTheFirstQuestionsLevel() throws IOException {
    Team t = new Team(NewProject.of("Sentiment", TaskType.CLASSIFICATION, "")
        .withSchema(Presets.classification(List.of("positive", "negative"), false)));
    assertThat(app.metrics(t.owner, t.project.id()).agreement()).isEmpty();
    t.upload("{\"id\":\"s1\",\"text\":\"great\"}\n{\"id\":\"s2\",\"text\":\"awful\"}\n"
        + "{\"id\":\"s3\",\"text\":\"fine I guess\"}\n");
    // claims come oldest first, so both annotators meet s1, s2, s3 in that order
    t.answer(t.ann, "\"positive\"", "\"negative\"", "\"positive\"");
    t.answer(t.ben, "\"positive\"", "\"negative\"", "\"negative\"");
    // by hand: coincidences o(pos,pos) = 2, o(neg,neg) = 2, o(pos,neg) = o(neg,pos) = 1; n = 6,
    // n(pos) = n(neg) = 3; D_o = 2/6, D_e = 2·3·3/(6·5) = 0.6; alpha = 1 − (1/3)/0.6 = 4/9
    var agreement = app.metrics(t.owner, t.project.id()).agreement().orElseThrow();
    assertThat(agreement.level()).isEqualTo("nominal");
    assertThat(agreement.alpha()).isCloseTo(4 / 9.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(agreement.pairableValues()).isEqualTo(6);
  }
}
