package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String problem(String text) {
    try {
      StrictJson.readTree(JSON, text);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return StrictJson.describe(e, text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read without a problem: " + text);
  }

  @Test
  void oneValueWithSurroundingWhitespaceIsRead() throws Exception {
    assertThat(StrictJson.readTree(JSON, " {\"a\":1}\t \r").get("a").asInt()).isEqualTo(1);
    assertThat(StrictJson.readTree(JSON, "{\"a\":\"x\u2028y\"}").get("a").asText()).isEqualTo("x\u2028y");
  }

  @Test
  void anythingAfterTheValueIsAnErrorNamingWhereItStarts() {
    assertThat(problem("{\"id\":\"t3\"} {\"id\":\"t4\"}"))
        .isEqualTo("there is more after the JSON value, at column 13: '{\"id\":\"t4\"}'");
    assertThat(problem("{\"a\":1}}")).startsWith("there is more after the JSON value, at column 8: '}'");
    assertThat(problem("{\"a\":1} garbage")).startsWith("there is more after the JSON value, at column 9: 'garbage'");
    assertThat(problem("{\"a\":1}\u2028{\"b\":2}"))
        .startsWith("there is more after the JSON value, at column 8: 'U+2028{\"b\":2}'");
    assertThatThrownBy(() -> StrictJson.readTree(JSON, "{}{}")).isInstanceOf(StrictJson.TrailingContent.class);
  }

  @Test
  void syntaxErrorsAreDescribedInTheWritersTerms() {
    assertThat(problem("this is not json")).startsWith("unexpected text 'this' at column 1");
    assertThat(problem("{\"a\":tru}")).startsWith("unexpected text 'tru' at column 6");
    assertThat(problem("{\"a\":NaN}")).startsWith("unexpected text 'NaN' at column 6");
    assertThat(problem("{a:1}")).isEqualTo("unexpected text 'a' at column 2: a field name is written in double quotes");
    assertThat(problem("{'a':1}")).isEqualTo("unexpected ' at column 2: JSON text and field names are written in "
        + "double quotes");
    assertThat(problem("{\"a\":01}")).startsWith("'01' at column 6 is not a JSON number");
    assertThat(problem("{\"a\":1,}")).isEqualTo("unexpected '}' at column 8");
    assertThat(problem("{\"a\":1 \"b\":2}")).isEqualTo("unexpected '\"' at column 8 (a ',' is missing before it)");
    assertThat(problem("{\"a\":\"x\ty\"}")).startsWith("a control character (U+0009) at column 8 must be written as an "
        + "escape");
    assertThat(problem("{\"a\":\"\\x\"}")).startsWith("'\\x' at column 8 is not a JSON escape");
    assertThat(problem("{\"a\":")).isEqualTo("it ends inside an object, at column 6: a closing '}' is missing");
    assertThat(problem("[1,2")).isEqualTo("it ends inside a list, at column 5: a closing ']' is missing");
    assertThat(problem("{\"a\":\"abc")).isEqualTo("it ends inside text, at column 10: a closing '\"' is missing");
    assertThat(problem("{\"a\":1]")).isEqualTo("unexpected ']' at column 7");
  }

  @Test
  void aFieldGivenTwiceIsAnErrorNotALastValueWins() {
    assertThat(problem("{\"query\":\"a\",\"query\":\"b\"}"))
        .isEqualTo("the field 'query' appears twice in one object (again at column 14)");
    assertThat(problem("{\"a\":{\"x\":1, \"x\" :2}}")).isEqualTo("the field 'x' appears twice in one object (again at column 14)");
  }

  @Test
  void columnsCountCharactersAsPeopleSeeThemAndLinesAreNamedWhenThereAreSeveral() {
    assertThat(problem("{\"\uD83D\uDE00\":1}x")).contains("at column 8");
    assertThat(problem("{\n  \"a\": 1\n  \"b\": 2\n}")).isEqualTo("unexpected '\"' at line 3 column 3 (a ',' is "
        + "missing before it)");
  }

  @Test
  void noDescriptionQuotesJacksonInternals() {
    for (String text : List.of("this", "{\"a\":1}}", "{\"a\":", "[1,2", "{\"a\":1]", "{\"a\":NaN}", "{\"a\":-}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\u0001\"}", "{\"a\":1.}", "\u00e9{}", "{\"a\":1}garbage", "{\"a\"}", "{,}")) {
      assertThat(problem(text)).doesNotContainIgnoringCase("jackson").doesNotContain("Feature")
          .doesNotContain("REDACTED").doesNotContain("code ").doesNotContain("START_").doesNotContain("was expecting")
          .doesNotContain("Source:").doesNotContain("token");
    }
  }
}
