package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ?mode=strict|lenient} on uploads: lenient keeps the good rows and lists the bad ones by line. */
class UploadModeApiTest extends SqliteTeamTest {
  /** Lines 1 and 4 are good; line 2 is not JSON, line 3 lacks its document. */
  private static final String JSONL = String.join("\n",
      "{\"id\":\"r1\",\"query\":\"q1\",\"document\":\"d1\"}",
      "{\"id\":\"r2\",\"query\":\"q2\",",
      "{\"id\":\"r3\",\"query\":\"q3\"}",
      "{\"id\":\"r4\",\"query\":\"q4\",\"document\":\"d4\"}",
      "");
  /** Row 3 (the file's third line) is ragged. */
  private static final String CSV = "id,query,document\nc1,q1,d1\nc2,q2\nc3,q3,d3\n";

  @Test
  void lenientUploadStoresTheGoodRowsAndListsTheBadOnesByLine() {
    Api.Reply reply = upload("rows.jsonl", JSONL, "lenient");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode report = reply.json();
    assertThat(report.get("mode").asText()).isEqualTo("lenient");
    assertThat(report.get("rows_read").asInt()).isEqualTo(4);
    assertThat(report.get("examples_created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected_count").asInt()).isEqualTo(2);
    List<JsonNode> rejected = list(report.get("rejected"));
    assertThat(rejected).extracting(r -> r.get("line").asInt()).containsExactly(2, 3);
    assertThat(rejected.get(0).get("message").asText()).contains("not valid JSON");
    assertThat(rejected.get(1).get("field").asText()).isEqualTo("document");
    assertThat(team.metrics().get("examples").asLong()).isEqualTo(2);
  }

  @Test
  void lenientCsvUploadRejectsTheRaggedRowByItsLine() {
    Api.Reply reply = upload("rows.csv", CSV, "lenient");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode report = reply.json();
    assertThat(report.get("examples_created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected_count").asInt()).isEqualTo(1);
    JsonNode only = report.get("rejected").get(0);
    assertThat(only.get("line").asInt()).isEqualTo(3);
    assertThat(only.get("message").asText()).contains("2 fields").contains("header has 3");
    assertThat(team.metrics().get("examples").asLong()).isEqualTo(2);
  }

  @Test
  void strictUploadOfTheSameFileWritesNothing() {
    for (String mode : new String[] {"strict", null}) {
      Api.Reply reply = upload("rows.jsonl", JSONL, mode);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(list(reply.json().get("problems"))).extracting(p -> p.get("line").asInt()).containsExactly(2, 3);
      Api.Reply csv = upload("rows.csv", CSV, mode);
      assertThat(csv.status()).as(csv.toString()).isEqualTo(400);
      assertThat(csv.json().get("problems").get(0).get("line").asInt()).isEqualTo(3);
    }
    assertThat(team.metrics().get("examples").asLong()).isZero();
  }

  @Test
  void aLineWithMoreAfterItsObjectIsA400NamingTheLineInStrictModeAndRejectedInLenient() {
    String file = String.join("\n",
        "{\"id\":\"t1\",\"query\":\"q\",\"document\":\"d1\"}",
        "{\"id\":\"t3\",\"query\":\"q\",\"document\":\"d3\"} {\"id\":\"t4\",\"query\":\"q\",\"document\":\"d4\"}",
        "{\"id\":\"t5\",\"query\":\"q\",\"document\":\"d5\"}}",
        "");
    Api.Reply strict = upload("rows.jsonl", file, "strict");
    assertThat(strict.status()).as(strict.toString()).isEqualTo(400);
    List<JsonNode> problems = list(strict.json().get("problems"));
    assertThat(problems).extracting(p -> p.get("line").asInt()).containsExactly(2, 3);
    assertThat(problems.get(0).get("message").asText()).isEqualTo("is not valid JSON: there is more after the JSON "
        + "value, at column 41: '{\"id\":\"t4\",\"query\":\"…' (a line holds exactly one JSON object)");
    assertThat(strict.json().get("detail").asText()).startsWith("line 2: is not valid JSON");
    assertThat(team.metrics().get("examples").asLong()).isZero();

    Api.Reply lenient = upload("rows.jsonl", file, "lenient");
    assertThat(lenient.status()).as(lenient.toString()).isEqualTo(201);
    assertThat(lenient.json().get("rows_read").asInt()).isEqualTo(3);
    assertThat(lenient.json().get("examples_created").asInt()).isEqualTo(1);
    assertThat(list(lenient.json().get("rejected"))).extracting(p -> p.get("line").asInt()).containsExactly(2, 3);
  }

  @Test
  void uploadsAreStrictByDefaultAndReportNoRejectedRows() {
    Api.Reply reply = upload("rows.jsonl", "{\"id\":\"r1\",\"query\":\"q1\",\"document\":\"d1\"}\n", null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().get("mode").asText()).isEqualTo("strict");
    assertThat(reply.json().get("rejected")).isEmpty();
    assertThat(reply.json().get("rejected_count").asInt()).isZero();
  }

  @Test
  void unknownModeIsRefusedNamingTheParameterAndWritesNothing() {
    for (String bad : new String[] {"loose", ""}) {
      Api.Reply reply = upload("rows.jsonl", "{\"id\":\"r1\",\"query\":\"q1\",\"document\":\"d1\"}\n", bad);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      JsonNode problem = reply.json().get("problems").get(0);
      assertThat(problem.get("field").asText()).isEqualTo("mode");
      assertThat(problem.get("message").asText()).contains("strict or lenient");
    }
    assertThat(team.metrics().get("examples").asLong()).isZero();
  }

  @Test
  void lenientReportListsTheFirstThousandRejectedRowsAndCountsTheRest() {
    StringBuilder file = new StringBuilder("{\"id\":\"ok\",\"query\":\"q\",\"document\":\"d\"}\n");
    for (int i = 0; i < 1_005; i++) file.append("not json\n");
    Api.Reply reply = upload("rows.jsonl", file.toString(), "lenient");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().get("examples_created").asInt()).isEqualTo(1);
    assertThat(reply.json().get("rejected")).hasSize(1_000);
    assertThat(reply.json().get("rejected_count").asInt()).isEqualTo(1_005);
    assertThat(reply.json().get("rejected").get(0).get("line").asInt()).isEqualTo(2);
  }

  private Api.Reply upload(String fileName, String content, String mode) {
    String query = mode == null ? "" : "?mode=" + mode;
    return server.api.upload(team.project("/datasets" + query), team.owner, fileName, content);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
