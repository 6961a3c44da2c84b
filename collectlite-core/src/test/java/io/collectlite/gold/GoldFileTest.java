package io.collectlite.gold;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.error.Problem;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.project.TaskType;
import io.collectlite.template.Presets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoldFileTest {
  private static GoldFile.Parsed read(String text) {
    return GoldFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), IngestLimits.DEFAULT);
  }

  @Test
  void aGoldLineWithMoreAfterItsObjectIsRefusedNotCutShort() {
    GoldFile.Parsed parsed = read("{\"example_id\":\"e1\",\"label\":\"irrelevant\"}\n"
        + "{\"example_id\":\"e2\",\"label\":\"irrelevant\"} {\"example_id\":\"e3\",\"label\":\"irrelevant\"}\n"
        + "{\"example_id\":\"e4\",\"label\":\"irrelevant\"}}\n");
    assertThat(parsed.lines()).extracting(GoldLine::exampleId).containsExactly("e1");
    assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2, 3);
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message())
        .startsWith("is not valid JSON: there is more after the JSON value, at column 4"));
  }
}
