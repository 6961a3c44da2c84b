package io.collectlite.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.project.TaskType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  private static List<Problem> problems(LabelSchema schema, String label) {
    try {
      schema.normalize(json(label));
    } catch (ValidationException e) {
      return e.problems();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted " + label);
  }

  @Test
  void aSingleValueAnswersTheFirstQuestion() throws Exception {
    Answers answers = Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE).normalize(json("\"highly_relevant\""));
    assertThat(answers.json()).isEqualTo("{\"relevance\":\"highly_relevant\"}");
    assertThat(answers.primaryKey()).isEqualTo("highly_relevant");
  }

  @Test
  void qaValidationKeepsTheCorrectedAnswerNextToTheVerdict() throws Exception {
    LabelSchema qa = Presets.schemaFor(TaskType.QA_VALIDATION);
    Answers answers = qa.normalize(json("{\"verdict\":\"incorrect\",\"corrected_answer\":\"  Paris \"}"));
    assertThat(answers.json()).isEqualTo("{\"verdict\":\"incorrect\",\"corrected_answer\":\"Paris\"}");
    assertThat(answers.primaryKey()).isEqualTo("incorrect");
    assertThat(qa.normalize(json("{\"verdict\":\"correct\"}")).json()).isEqualTo("{\"verdict\":\"correct\"}");
  }

  @Test
  void everyProblemOfALabelIsNamedAtOnce() {
    assertThat(problems(Presets.schemaFor(TaskType.CRITIQUE), "{\"rating\":7,\"mood\":\"x\"}"))
        .extracting(Problem::field)
        .containsExactly("label.rating", "label.critique", "label.mood");
  }

  @Test
  void problemsAreNamedAsTheInputSpellsTheAnswers() {
    LabelSchema classes = Presets.schemaFor(TaskType.CLASSIFICATION);
    assertThat(classes.primary().name()).isEqualTo("label");
    assertThatThrownBy(() -> classes.normalize(json("\"nope\"")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::field).containsExactly("label"));
    assertThatThrownBy(() -> Presets.schemaFor(TaskType.CRITIQUE).normalize(json("{\"rating\":7,\"mood\":\"x\"}"),
        "answers"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::field).containsExactly("answers.rating", "answers.critique", "answers.mood"));
    assertThatThrownBy(() -> Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE).normalize(json("\"great\""), "gold"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::field).containsExactly("gold"));
  }

  @Test
  void pairwiseAnswersTakeAChoiceAndAnOptionalStrength() throws Exception {
    LabelSchema pairwise = Presets.schemaFor(TaskType.PAIRWISE_PREFERENCE);
    assertThat(pairwise.normalize(json("\"b\"")).json()).isEqualTo("{\"preference\":{\"choice\":\"b\"}}");
    Answers strong = pairwise.normalize(json("{\"choice\":\"a\",\"strength\":\"clearly\"}"));
    assertThat(strong.json()).isEqualTo("{\"preference\":{\"choice\":\"a\",\"strength\":\"clearly\"}}");
    assertThat(strong.primaryKey()).isEqualTo("a");
    assertThat(problems(pairwise, "{\"preference\":{\"choice\":\"tie\",\"strength\":\"clearly\"}}"))
        .extracting(Problem::field).containsExactly("label.preference.strength");
    assertThat(problems(pairwise, "\"c\"")).extracting(Problem::message)
        .containsExactly("'c' is not one of: a, b, tie");
  }

  @Test
  void multiChoiceAnswersAreStoredInOptionOrderAndVoteAsASet() throws Exception {
    LabelSchema multi = Presets.classification(List.of("spam", "toxic", "offtopic"), true);
    Answers answers = multi.normalize(json("[\"offtopic\",\"spam\"]"));
    assertThat(answers.json()).isEqualTo("{\"labels\":[\"spam\",\"offtopic\"]}");
    assertThat(answers.primaryKey()).isEqualTo("[\"spam\",\"offtopic\"]");
    assertThat(multi.finalLabel(answers.primaryKey()).toString()).isEqualTo("[\"spam\",\"offtopic\"]");
    assertThat(problems(multi, "[\"spam\",\"spam\"]")).extracting(Problem::message)
        .containsExactly("names 'spam' twice");
    assertThat(problems(multi, "[]")).extracting(Problem::message)
        .containsExactly("must pick 1 to 3 options, not 0");
  }

  @Test
  void numericRatingsAcceptNumbersOnTheirStepsOnly() throws Exception {
    NumericRating score = new NumericRating("score", "Score", true, BigDecimal.ZERO, BigDecimal.TEN,
        new BigDecimal("0.5"), BigDecimal.ONE);
    LabelSchema schema = new LabelSchema(List.of(score), List.of("text"));
    assertThat(schema.normalize(json("7.50")).primaryKey()).isEqualTo("7.5");
    assertThat(schema.normalize(json("\"3\"")).json()).isEqualTo("{\"score\":3}");
    assertThat(problems(schema, "7.25")).extracting(Problem::message)
        .containsExactly("7.25 is not a step of 0.5 from 0");
    assertThat(problems(schema, "11")).extracting(Problem::message).containsExactly("11 is outside 0 to 10");
    assertThat(schema.finalLabel("7.5").decimalValue()).isEqualByComparingTo("7.5");
  }

  @Test
  void aSchemaRefusesReservedAndSharedKeys() {
    assertThatThrownBy(() -> Presets.classification(List.of("a", "b"), false)
        .withQuestions(List.of(new SingleChoice("label", "?", true, List.of(new LabelOption("x", "X", "s"),
            new LabelOption("y", "Y", "2"))))))
        .hasMessageContaining("the key 's', which the workbench keeps for skip");
    assertThatThrownBy(() -> new LabelSchema(List.of(Presets.VERDICT, new FreeText("why", "Why", false, 100, "1")),
        List.of()))
        .hasMessageContaining("the key '1' is used by both 'verdict' and 'why'");
  }

  @Test
  void theFirstQuestionMustBeOneConsensusCanDecide() {
    assertThatThrownBy(() -> new LabelSchema(List.of(Presets.CRITIQUE, Presets.RATING), List.of()))
        .hasMessageContaining("must be required and not free text");
  }

  @Test
  void classificationKeysSkipTheWorkbenchsOwnKeys() {
    List<String> labels = java.util.stream.IntStream.range(0, 16).mapToObj(i -> "c" + i).toList();
    var question = (SingleChoice) Presets.classification(labels, false).primary();
    assertThat(question.keys()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "a", "b", "c",
        "d", "f", "g");
  }

  @Test
  void everyPresetSurvivesTheJsonRoundTrip() {
    for (TaskType type : TaskType.values()) {
      LabelSchema preset = Presets.schemaFor(type).withFieldMapping(Map.of("text", "body"));
      assertThat(LabelSchemaJson.read(LabelSchemaJson.write(preset))).as(type.wire()).isEqualTo(preset);
    }
    LabelSchema multi = Presets.classification(List.of("x", "y"), true);
    assertThat(LabelSchemaJson.read(LabelSchemaJson.write(multi))).isEqualTo(multi);
  }

  @Test
  void badSchemaJsonNamesTheQuestionAtFault() throws Exception {
    assertThatThrownBy(() -> LabelSchemaJson.fromTree(json(
        "{\"questions\":[{\"kind\":\"ordinal\",\"name\":\"g\",\"options\":[\"a\",\"b\"]},"
            + "{\"kind\":\"slider\",\"name\":\"s\"}]}")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).field())
            .isEqualTo("schema.questions[1].kind"));
    assertThatThrownBy(() -> LabelSchemaJson.fromTree(json(
        "{\"questions\":[{\"kind\":\"single_choice\",\"name\":\"g\",\"options\":[\"a\"]}]}")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
            .contains("needs at least 2 options"));
  }
  @Test
  void hugeOrNonFiniteNumbersAreRefusedBeforeAnyArithmetic() throws Exception {
    LabelSchema critique = Presets.schemaFor(TaskType.CRITIQUE);
    long started = System.nanoTime();
    for (String rating : List.of("\"1e-20000000\"", "\"1e999999999\"", "1e999", "-1e999", "\"NaN\"", "\"Infinity\"",
        "\"" + "9".repeat(5_000) + "\"")) {
      assertThat(problems(critique, "{\"rating\":" + rating + ",\"critique\":\"ok\"}")).as(rating)
          .containsExactly(Problem.field("label.rating", "must be a number from 1 to 5"));
    }
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
  }

  @Test
  void aStoredSchemaOfTheFirstReleaseReadsAsOneQuestion() {
    String v1 = "{\"question\":{\"kind\":\"ordinal\",\"name\":\"relevance\",\"prompt\":\"How relevant is the "
        + "document to the query?\",\"options\":[{\"value\":\"irrelevant\",\"title\":\"Irrelevant\",\"key\":\"1\"},"
        + "{\"value\":\"partially_relevant\",\"title\":\"Partially relevant\",\"key\":\"2\"},"
        + "{\"value\":\"highly_relevant\",\"title\":\"Highly relevant\",\"key\":\"3\"}]},"
        + "\"required_fields\":[\"query\",\"document\"]}";
    assertThat(LabelSchemaJson.read(v1)).isEqualTo(Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE));
  }

  @Test
  void nullsInLabelsFieldsOrMappingsAreRefusedAsBadInput() throws Exception {
    assertThatThrownBy(() -> Presets.classification(java.util.Arrays.asList("a", null), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("label 2 is empty");
    var mapping = new java.util.HashMap<String, String>();
    mapping.put("query", null);
    assertThatThrownBy(() -> Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE).withFieldMapping(mapping))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelSchemaJson.fromTree(json("{\"questions\":[{\"kind\":\"ordinal\",\"name\":\"g\","
        + "\"options\":[\"a\",\"b\"]}],\"required_fields\":[null],\"field_mapping\":{}}")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).field())
            .isEqualTo("schema.required_fields[0]"));
  }

  @Test
  void aPairwiseQuestionWithoutChoicesTakesThePresetOnes() throws Exception {
    LabelSchema schema = LabelSchemaJson.fromTree(json("{\"questions\":[{\"kind\":\"pairwise\",\"name\":\"better\","
        + "\"choices\":null,\"strengths\":null}],\"required_fields\":[\"prompt\",\"response_a\",\"response_b\"]}"));
    assertThat(((PairwiseChoice) schema.primary()).choices()).isEqualTo(Presets.PAIRWISE_CHOICES);
  }

  @Test
  void anOptionalMultiChoiceLeftEmptyIsUnanswered() throws Exception {
    MultiChoice tags = new MultiChoice("tags", "Tags", false, List.of(LabelOption.of("x"), LabelOption.of("y")), 1, 2);
    LabelSchema schema = new LabelSchema(List.of(Presets.VERDICT, tags), List.of());
    assertThat(schema.normalize(json("{\"verdict\":\"correct\",\"tags\":[]}")).json())
        .isEqualTo("{\"verdict\":\"correct\"}");
  }
}
