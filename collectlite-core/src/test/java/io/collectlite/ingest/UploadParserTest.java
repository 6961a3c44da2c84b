package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.project.TaskType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ParsedUpload jsonl(String text) {
    return UploadParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SourceFormat.JSONL,
        TaskType.DOCUMENT_RELEVANCE);
  }

  private static ParsedUpload csv(String text) {
    return UploadParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SourceFormat.CSV,
        TaskType.DOCUMENT_RELEVANCE);
  }

  @Test
  void jsonlRowsBecomeExamplesWithCanonicalFieldsAndHash() throws Exception {
    ParsedUpload parsed = jsonl("{\"id\":\"q1\",\"query\":\"what is RAG\",\"document\":\"RAG retrieves.\",\"metadata\":{\"b\":1,\"a\":2}}\n");
    assertThat(parsed.problems()).isEmpty();
    SourceRow row = parsed.rows().get(0);
    assertThat(row.exampleId()).isEqualTo("q1");
    assertThat(row.fieldsJson()).isEqualTo("{\"document\":\"RAG retrieves.\",\"metadata\":{\"a\":2,\"b\":1},\"query\":\"what is RAG\"}");
    assertThat(row.sourceHash()).hasSize(64);
    assertThat(JSON.readTree(row.fieldsJson()).has("id")).isFalse();
  }

  @Test
  void sameContentWithKeysInAnotherOrderHasTheSameHash() {
    ParsedUpload a = jsonl("{\"query\":\"q\",\"document\":\"d\",\"metadata\":{\"x\":1,\"y\":2}}");
    ParsedUpload b = jsonl("{\"metadata\":{\"y\":2,\"x\":1},\"document\":\"d\",\"query\":\"q\"}");
    assertThat(a.rows().get(0).sourceHash()).isEqualTo(b.rows().get(0).sourceHash());
    assertThat(a.rows().get(0).exampleId()).startsWith("h-").isEqualTo(b.rows().get(0).exampleId());
  }

  @Test
  void documentsListExpandsToOneExamplePerDocument() {
    ParsedUpload parsed = jsonl("{\"id\":\"q7\",\"query\":\"q\",\"documents\":[\"one\",\"two\",\"three\"]}");
    assertThat(parsed.rows()).extracting(SourceRow::exampleId).containsExactly("q7#1", "q7#2", "q7#3");
    assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.fieldsJson()).doesNotContain("documents"));
    assertThat(parsed.rowsRead()).isEqualTo(1);
  }

  @Test
  void candidateColumnsExpandToOneExamplePerCandidate() {
    ParsedUpload parsed = csv("id,query,candidate_a,candidate_b\nr1,what is rag,\"Retrieval, then generation\",Bananas are yellow\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(SourceRow::exampleId).containsExactly("r1#candidate_a", "r1#candidate_b");
    assertThat(parsed.rows().get(0).fieldsJson()).contains("\"document\":\"Retrieval, then generation\"");
  }

  @Test
  void malformedJsonlLineIsReportedByLineNumber() {
    ParsedUpload parsed = jsonl("{\"query\":\"q\",\"document\":\"d\"}\n\n{not json}\n[1,2]\n");
    assertThat(parsed.problems()).extracting(Problem::line).containsExactly(3, 4);
    assertThat(parsed.problems().get(0).message()).startsWith("is not valid JSON");
    assertThat(parsed.problems().get(1).message()).isEqualTo("is not a JSON object");
    assertThat(parsed.rowsRead()).isEqualTo(3);
  }

  @Test
  void missingRequiredFieldNamesLineAndField() {
    ParsedUpload parsed = jsonl("{\"query\":\"q\",\"document\":\"d\"}\n{\"document\":\"d2\"}\n{\"query\":\"q3\"}\n");
    assertThat(parsed.problems()).containsExactly(
        new Problem(2, "query", "is required"),
        new Problem(3, "document", "is required (or 'documents' as a list, or candidate_* columns)"));
  }

  @Test
  void raggedCsvRowIsReportedByItsLine() {
    ParsedUpload parsed = csv("query,document\nq1,d1\nq2,d2,extra\n\"q3\nspans lines\",d3\n");
    assertThat(parsed.problems()).containsExactly(new Problem(3, "", "has 3 fields but the header has 2"));
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(1).fieldsJson()).contains("q3\\nspans lines");
  }

  @Test
  void csvHeaderNamesAreTrimmedAndByteOrderMarkIgnored() {
    ParsedUpload parsed = csv("\uFEFF query , document \nq,d\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows().get(0).fieldsJson()).isEqualTo("{\"document\":\"d\",\"query\":\"q\"}");
  }

  @Test
  void duplicateContentInOneFileIsSkippedAndReported() {
    ParsedUpload parsed = jsonl("{\"query\":\"q\",\"document\":\"d\"}\n{\"document\":\"d\",\"query\":\"q\"}\n");
    assertThat(parsed.rows()).hasSize(1);
    assertThat(parsed.duplicates()).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(2))
        .satisfies(d -> assertThat(d.reason()).isEqualTo("same content as line 1"));
  }

  @Test
  void sameIdWithDifferentContentIsAProblem() {
    ParsedUpload parsed = jsonl("{\"id\":\"x\",\"query\":\"q\",\"document\":\"d\"}\n{\"id\":\"x\",\"query\":\"q\",\"document\":\"other\"}\n");
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.field()).isEqualTo("id");
    });
  }

  @Test
  void fileThatIsNotUtf8IsRefusedAsAWhole() {
    byte[] latin1 = "query,document\ncaf\u00e9,d\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> UploadParser.parse(new ByteArrayInputStream(latin1), SourceFormat.CSV,
        TaskType.DOCUMENT_RELEVANCE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void duplicateCsvHeaderNamesAreRefusedAfterTrimming() {
    assertThatThrownBy(() -> csv("query,document, document\nq,d1,d2\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(1, "document", "appears twice in the CSV header")));
  }

  @Test
  void anIdWithANulCharacterIsRefused() {
    assertThat(jsonl("{\"id\":\"a\\u0000b\",\"query\":\"q\",\"document\":\"d\"}").problems())
        .containsExactly(new Problem(1, "id", "contains a NUL character (U+0000)"));
  }

  @Test
  void nonTextQueryIsRefused() {
    assertThat(jsonl("{\"query\":42,\"document\":\"d\"}").problems())
        .containsExactly(new Problem(1, "query", "must be text"));
  }

  @Test
  void formatComesFromTheFileExtension() {
    assertThat(SourceFormat.fromFileName("rows.JSONL")).isEqualTo(SourceFormat.JSONL);
    assertThat(SourceFormat.fromFileName("rows.csv")).isEqualTo(SourceFormat.CSV);
    assertThatThrownBy(() -> SourceFormat.fromFileName("rows.xlsx")).isInstanceOf(ValidationException.class);
  }

  @Test
  void everyProblemIsCollectedNotJustTheFirst() {
    String text = String.join("\n", List.of("{\"query\":\"\",\"document\":\"d\"}", "nope", "{\"query\":\"q\"}"));
    assertThat(jsonl(text).problems()).extracting(Problem::line).containsExactly(1, 2, 3);
  }
  @Test
  void quotedCsvFieldsKeepCommasQuotesAndNewlinesAndLaterRowsKeepTheirLineNumbers() throws Exception {
    ParsedUpload parsed = csv("id,query,document\n"
        + "a,\"what, exactly, is RAG?\",\"Line one\nline two, with \"\"quotes\"\"\"\n"
        + "b,q2\n");
    assertThat(parsed.rows()).singleElement().satisfies(row -> assertThat(JSON.readTree(row.fieldsJson()))
        .isEqualTo(JSON.readTree("{\"query\":\"what, exactly, is RAG?\","
            + "\"document\":\"Line one\\nline two, with \\\"quotes\\\"\"}")));
    assertThat(parsed.problems()).extracting(Problem::line).containsExactly(4);
  }

  @Test
  void blankJsonlLinesAreIgnoredAndCountNoRow() {
    ParsedUpload parsed = jsonl("\n{\"query\":\"q\",\"document\":\"d\"}\n\n   \n{\"query\":\"q2\",\"document\":\"d\"}\n\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(SourceRow::line).containsExactly(2, 5);
  }

  @Test
  void aLineHoldsExactlyOneJsonObjectAndAnythingAfterItIsThatLinesError() {
    String good = "{\"id\":\"t1\",\"query\":\"q\",\"document\":\"d\"}";
    ParsedUpload parsed = jsonl(String.join("\n", good,
        "{\"id\":\"t3\",\"query\":\"q\",\"document\":\"d3\"} {\"id\":\"t4\",\"query\":\"q\",\"document\":\"d4\"}",
        "{\"id\":\"t5\",\"query\":\"q\",\"document\":\"d5\"}}",
        "{\"id\":\"t6\",\"query\":\"q\",\"document\":\"d6\"} garbage",
        "{\"id\":\"t7\",\"query\":\"q\",\"document\":\"d7\"}\u2028{\"id\":\"t8\",\"query\":\"q\",\"document\":\"d8\"}"));
    assertThat(parsed.rows()).extracting(SourceRow::exampleId).containsExactly("t1");
    assertThat(parsed.rowsRead()).isEqualTo(5);
    assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2, 3, 4, 5);
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message())
        .startsWith("is not valid JSON: there is more after the JSON value, at column 4"));
    assertThat(parsed.problems().get(0).toString()).isEqualTo("line 2: is not valid JSON: there is more after the "
        + "JSON value, at column 41: '{\"id\":\"t4\",\"query\":\"…' (a line holds exactly one JSON object)");
  }

  @Test
  void aLineGivingAFieldTwiceIsRefusedRatherThanKeepingTheLastValue() {
    assertThat(jsonl("{\"query\":\"first\",\"document\":\"d\",\"query\":\"second\"}").problems()).containsExactly(
        new Problem(1, "", "is not valid JSON: the field 'query' appears twice in one object (again at column 33)"));
  }

  @Test
  void malformedCsvIsDescribedInPlainWordsNotTheParsersInternals() {
    assertThatThrownBy(() -> csv("query,document\nq,d\n\"x\"y,d\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).isEqualTo("field 'file': "
            + "is not valid CSV after line 3: a quoted field has text after its closing '\"' (inside quotes, write a "
            + "quote as \"\")"));
    assertThatThrownBy(() -> csv("query,document\nq,d\n\"unclosed,d\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
            .endsWith("a quoted field is never closed (a '\"' is missing)"));
    assertThatThrownBy(() -> csv("query,\"doc\"ument\nq,d\n"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
            .startsWith("field 'file': has no readable CSV header row: ").doesNotContain("Exception")
            .doesNotContain("java."));
  }

  @Test
  void linesEndAtLfCrlfOrALoneCrButNotAtUnicodeLineSeparators() {
    ParsedUpload parsed = jsonl("{\"id\":\"a\",\"query\":\"q\",\"document\":\"d\"}\r"
        + "{\"id\":\"b\",\"query\":\"q\",\"document\":\"x\u2028y\u2029z\"}\r\n"
        + "{\"id\":\"c\",\"query\":\"q\",\"document\":\"d3\"}\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(SourceRow::exampleId).containsExactly("a", "b", "c");
    assertThat(parsed.rows()).extracting(SourceRow::line).containsExactly(1, 2, 3);
    assertThat(parsed.rows().get(1).fieldsJson()).contains("x\u2028y\u2029z");
  }

  @Test
  void aSyntaxErrorSaysWhatIsWrongWithoutJacksonsWords() {
    ParsedUpload parsed = jsonl("{\"query\":\"q\",\"document\":\"d\"}\n{\"query\":\"q\",\"document\":\"d2\"}\n"
        + "{\"query\": this is not json}\n[1,2\n{\"query\":\"q\" \"document\":\"d\"}");
    assertThat(parsed.problems()).extracting(Problem::toString).containsExactly(
        "line 3: is not valid JSON: unexpected text 'this' at column 11 (text is written in double quotes; other "
            + "values are numbers, true, false or null)",
        "line 4: is not valid JSON: it ends inside a list, at column 5: a closing ']' is missing",
        "line 5: is not valid JSON: unexpected '\"' at column 14 (a ',' is missing before it)");
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Feature")
        .doesNotContain("Unrecognized token").doesNotContain("was expecting").doesNotContain("REDACTED"));
  }
}
