package io.collectlite.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.annotation.Confidence;
import io.collectlite.error.Problem;
import io.collectlite.project.TaskType;
import io.collectlite.template.Presets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
  private final LineParser qa = new LineParser(Presets.schemaFor(TaskType.QA_VALIDATION), NOW, 1_000);

  private ImportRow parse(String json) throws Exception {
    return qa.parse(7, (ObjectNode) JSON.readTree(json));
  }

  @Test
  void anAnnotationTakesAnswersByQuestionNameAndDefaultsToNowAndMediumConfidence() throws Exception {
    ImportRow row = parse("{\"example_id\":12,\"annotator\":\" zoe \",\"label\":{\"verdict\":\"incorrect\","
        + "\"corrected_answer\":\"Paris\"}}");
    assertThat(row).isInstanceOfSatisfying(ImportedAnnotation.class, a -> {
      assertThat(a.exampleId()).isEqualTo("12");
      assertThat(a.annotator()).isEqualTo("zoe");
      assertThat(a.answers().primaryKey()).isEqualTo("incorrect");
      assertThat(a.answers().json()).contains("Paris");
      assertThat(a.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(a.createdAt()).isEqualTo(NOW);
      assertThat(a.line()).isEqualTo(7);
    });
  }

  @Test
  void aNumericConfidenceIsReadInThirds() throws Exception {
    for (String[] pair : new String[][] {{"0", "LOW"}, {"0.3", "LOW"}, {"0.5", "MEDIUM"}, {"0.7", "HIGH"},
        {"1", "HIGH"}, {"\"High\"", "HIGH"}}) {
      ImportRow row = parse("{\"example_id\":\"e\",\"annotator\":\"a\",\"label\":\"correct\",\"confidence\":"
          + pair[0] + "}");
      assertThat(((ImportedAnnotation) row).confidence()).as(pair[0]).isEqualTo(Confidence.valueOf(pair[1]));
    }
  }

  @Test
  void aPredictionKeepsItsScoresAndProvenance() throws Exception {
    ImportRow row = parse("{\"example_id\":\"e\",\"model\":\"gpt-x\",\"provider\":\"openai\",\"prompt_version\":"
        + "\"v3\",\"label\":\"correct\",\"confidence\":0.25,\"score\":-3.5,\"rationale\":\"matches\",\"created_at\":"
        + "\"2024-05-01T14:00:00+02:00\",\"source\":\"argilla\"}");
    assertThat(row).isInstanceOfSatisfying(ImportedPrediction.class, p -> {
      assertThat(p.model()).isEqualTo("gpt-x");
      assertThat(p.provider()).isEqualTo("openai");
      assertThat(p.promptVersion()).isEqualTo("v3");
      assertThat(p.confidence()).hasValue(0.25);
      assertThat(p.score()).hasValue(-3.5);
      assertThat(p.rationale()).isEqualTo("matches");
      assertThat(p.createdAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
      assertThat(p.origin()).isEqualTo("argilla");
    });
  }

  @Test
  void aBadLineNamesEveryFieldAtFault() throws Exception {
    ImportRow row = parse("{\"annotator\":\"a\",\"model\":\"m\",\"label\":{\"verdict\":\"maybe\"},\"created_at\":"
        + "\"yesterday\",\"colour\":\"red\"}");
    assertThat(row).isInstanceOfSatisfying(RefusedLine.class, r -> assertThat(r.problems())
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("model", "colour", "example_id", "label.verdict", "created_at"));
  }

  @Test
  void fieldsOfTheOtherKindOfLineAreRefused() throws Exception {
    ImportRow prediction = parse("{\"example_id\":\"e\",\"model\":\"m\",\"label\":\"correct\",\"notes\":\"n\","
        + "\"confidence\":\"high\"}");
    assertThat(((RefusedLine) prediction).problems()).extracting(Problem::field)
        .containsExactlyInAnyOrder("notes", "confidence");
    ImportRow annotation = parse("{\"example_id\":\"e\",\"annotator\":\"a\",\"label\":\"correct\",\"score\":1}");
    assertThat(((RefusedLine) annotation).problems()).extracting(Problem::field).containsExactly("score");
  }

  @Test
  void aCreatedAtOutsideTheYears1970To9999OrMoreThanADayAheadIsRefusedByName() throws Exception {
    for (String time : new String[] {"+300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z", "2025-03-02T09:00:01Z"}) {
      ImportRow row = parse("{\"example_id\":\"e\",\"annotator\":\"a\",\"label\":\"correct\",\"created_at\":\""
          + time + "\"}");
      assertThat(row).as(time).isInstanceOfSatisfying(RefusedLine.class, r -> assertThat(r.problems())
          .singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.field()).isEqualTo("created_at");
            assertThat(p.message()).contains(time);
          }));
    }
    ImportRow edge = parse("{\"example_id\":\"e\",\"annotator\":\"a\",\"label\":\"correct\",\"created_at\":"
        + "\"2025-03-02T09:00:00Z\"}");
    assertThat(((ImportedAnnotation) edge).createdAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(1)));
  }

  @Test
  void numbersOutOfRangeAndOverlongNamesAreRefusedByFieldNotThrown() throws Exception {
    String longName = "x".repeat(LineParser.MAX_NAME + 1);
    ImportRow annotation = parse("{\"example_id\":\"e\",\"annotator\":\"" + longName + "\",\"label\":\"correct\","
        + "\"confidence\":1e400}");
    assertThat(((RefusedLine) annotation).problems()).extracting(Problem::field)
        .containsExactlyInAnyOrder("annotator", "confidence");
    ImportRow prediction = parse("{\"example_id\":\"e\",\"model\":\"m\",\"label\":\"correct\",\"confidence\":-1e400,"
        + "\"score\":1e400}");
    assertThat(((RefusedLine) prediction).problems()).extracting(Problem::field)
        .containsExactlyInAnyOrder("confidence", "score");
  }

  @Test
  void oddLabelsOfEveryTaskTypeAreRefusedByFieldNotThrown() throws Exception {
    String[] labels = {"1e400", "-1e400", "123456789012345678901234567890", "true", "[]", "[[1]]", "{}",
        "{\"a\":{\"b\":[1]}}", "\"\"", "\" \"", "\"\\u0000\"", "[\"x\",\"x\"]", "0.5", "-0", "{\"choice\":\"a\"}",
        "{\"choice\":\"a\",\"strength\":1e400}", "{\"rating\":1e400,\"critique\":\"c\"}"};
    for (TaskType type : TaskType.values()) {
      LineParser parser = new LineParser(Presets.schemaFor(type), NOW, 1_000);
      for (String label : labels) {
        ObjectNode line = (ObjectNode) JSON.readTree("{\"example_id\":\"e\",\"annotator\":\"a\",\"label\":" + label
            + "}");
        ImportRow row = parser.parse(3, line);
        if (row instanceof RefusedLine r) {
          assertThat(r.problems()).as(type + " " + label).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).startsWith("label");
          });
        }
      }
    }
  }
}
