package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.error.PayloadTooLargeException;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.project.TaskType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UploadReaderTest {
  private static UploadReader reader(String text, IngestLimits limits) {
    return UploadReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SourceFormat.JSONL,
        TaskType.DOCUMENT_RELEVANCE, limits);
  }

  private static List<SourceRow> drain(Iterator<SourceRow> rows) {
    List<SourceRow> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  private static String good(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "{\"query\":\"q" + i + "\",\"document\":\"d" + i + "\"}\n")
        .collect(Collectors.joining());
  }

  @Test
  void strictRowsStopAtTheFirstProblemButReportEveryProblemOfTheFile() {
    UploadReader r = reader(good(0, 2) + "nope\n" + good(2, 4) + "[]\n", IngestLimits.DEFAULT);
    Iterator<SourceRow> rows = r.strictly();
    assertThat(rows.next()).isNotNull();
    assertThat(rows.next()).isNotNull();
    assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 6));
  }

  @Test
  void lenientRowsYieldEveryGoodRowAndKeepTheProblems() {
    UploadReader r = reader(good(0, 2) + "nope\n" + good(2, 4), IngestLimits.DEFAULT);
    assertThat(drain(r.leniently())).hasSize(4);
    assertThat(r.problems()).extracting(Problem::line).containsExactly(3);
    assertThat(r.rowsRead()).isEqualTo(5);
  }

  @Test
  void aTextValueOverTheLimitRefusesItsRowNamingItsPath() {
    UploadReader r = reader("{\"query\":\"q\",\"document\":\"0123456789A\",\"metadata\":{\"k\":\"0123456789AB\"}}\n"
        + "{\"query\":\"q2\",\"documents\":[\"short\",\"0123456789ABC\"]}\n"
        + "{\"query\":\"q3\",\"documents\":[\"ten chars!\",\"ten chars?\"],\"metadata\":{\"k\":\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"}}\n",
        new IngestLimits(1_000, 10));
    // the third row's values are each within 10 characters, though the list and object are longer
    assertThat(drain(r.leniently())).hasSize(2);
    assertThat(r.problems()).containsExactly(
        new Problem(1, "document", "is longer than the limit of 10 characters (11)"),
        new Problem(1, "metadata.k", "is longer than the limit of 10 characters (12)"),
        new Problem(2, "documents[1]", "is longer than the limit of 10 characters (13)"));
  }

  @Test
  void aFileOverTheByteLimitIsRefusedAsTooLarge() {
    UploadReader r = reader(good(0, 100_000), new IngestLimits(10_000, 100));
    assertThatThrownBy(() -> drain(r.leniently())).isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("the file is larger than the upload limit of 10000 bytes");
  }

  @Test
  void problemsAreCountedPastTheReportingCap() {
    String bad = "x\n".repeat(1_500);
    UploadReader r = reader(bad + good(0, 1), IngestLimits.DEFAULT);
    assertThatThrownBy(() -> drain(r.strictly())).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.problems()).hasSize(UploadReader.MAX_REPORTED_PROBLEMS + 1);
      assertThat(e.problems().get(UploadReader.MAX_REPORTED_PROBLEMS).message())
          .isEqualTo("and 500 more problems not listed");
    });
    assertThat(r.problemCount()).isEqualTo(1_500);
  }

  @Test
  void anEmptyFileHoldsNoRowsInEitherMode() {
    assertThatThrownBy(() -> drain(reader("\n\n", IngestLimits.DEFAULT).leniently()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("holds no rows");
    assertThatThrownBy(() -> drain(reader("", IngestLimits.DEFAULT).strictly()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("holds no rows");
  }
  private static ParsedUpload parse(TaskType type, String jsonl) {
    return UploadParser.parse(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), SourceFormat.JSONL,
        type);
  }

  @Test
  void everyTaskTypeRequiresItsOwnRowFieldsNamingLineAndField() {
    ParsedUpload qa = parse(TaskType.QA_VALIDATION, "{\"context\":\"c\",\"question\":\"q\",\"answer\":\"a\"}\n"
        + "{\"context\":\"c\",\"question\":\"q\"}\n{\"context\":\"c\",\"question\":\"q\",\"answer\":42}\n");
    assertThat(qa.rows()).hasSize(1);
    assertThat(qa.problems()).containsExactly(new Problem(2, "answer", "is required"),
        new Problem(3, "answer", "must be text"));
    ParsedUpload pairwise = parse(TaskType.PAIRWISE_PREFERENCE,
        "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\" \"}\n");
    assertThat(pairwise.problems()).containsExactly(new Problem(1, "response_b", "is required"));
    assertThat(parse(TaskType.CRITIQUE, "{\"prompt\":\"p\"}\n").problems())
        .containsExactly(new Problem(1, "response", "is required"));
    assertThat(parse(TaskType.CLASSIFICATION, "{\"txt\":\"p\"}\n").problems())
        .containsExactly(new Problem(1, "text", "is required"));
  }

  @Test
  void rowsOfOtherTypesKeepNestedMetadataAndOptionalFields() {
    ParsedUpload pairwise = parse(TaskType.PAIRWISE_PREFERENCE, "{\"id\":\"x\",\"prompt\":\"p\",\"response_a\":\"a\","
        + "\"response_b\":\"b\",\"model_a\":\"m1\",\"metadata\":{\"lang\":\"en\",\"tags\":[1,2]}}\n");
    assertThat(pairwise.rows()).singleElement().satisfies(row -> {
      assertThat(row.exampleId()).isEqualTo("x");
      assertThat(row.fieldsJson()).isEqualTo("{\"metadata\":{\"lang\":\"en\",\"tags\":[1,2]},\"model_a\":\"m1\","
          + "\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\"}");
    });
  }

  @Test
  void pairwiseModelNamesAreOptionalButMustBeTextWhenGiven() {
    ParsedUpload pairwise = parse(TaskType.PAIRWISE_PREFERENCE,
        "{\"id\":\"ok\",\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"model_a\":\"m1\",\"model_b\":null}\n"
        + "{\"id\":\"num\",\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"c\",\"model_b\":7}\n"
        + "{\"id\":\"obj\",\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"d\",\"model_a\":{\"n\":1}}\n");
    assertThat(pairwise.rows()).extracting(SourceRow::exampleId).containsExactly("ok");
    assertThat(pairwise.problems()).containsExactly(new Problem(2, "model_b", "must be text when given"),
        new Problem(3, "model_a", "must be text when given"));
    assertThat(parse(TaskType.CRITIQUE, "{\"prompt\":\"p\",\"response\":\"r\",\"model_a\":7}\n").problems())
        .as("other types keep any extra field").isEmpty();
  }
}
