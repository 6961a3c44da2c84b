package io.collectlite.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.collectlite.error.Problem;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.JsonlRecords;
import io.collectlite.project.TaskType;
import io.collectlite.template.Presets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReaderTest {
  private static List<ImportRow> read(String text) {
    JsonlRecords records = JsonlRecords.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        IngestLimits.DEFAULT);
    ImportReader reader = new ImportReader(records, new LineParser(Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE),
        Instant.parse("2025-03-01T09:00:00Z"), 1_000));
    List<ImportRow> rows = new ArrayList<>();
    reader.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void anImportLineWithMoreAfterItsObjectIsRefusedWithItsLine() {
    String line = "{\"example_id\":\"e1\",\"annotator\":\"ann\",\"label\":\"irrelevant\"}";
    List<ImportRow> rows = read(line + "\n" + line + " " + line + "\n" + line + " garbage\n" + line + "\u2028" + line);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).isInstanceOf(ImportedAnnotation.class);
    assertThat(rows.subList(1, 4)).allSatisfy(row -> assertThat(row).isInstanceOfSatisfying(RefusedLine.class,
        refused -> assertThat(refused.problems()).singleElement().extracting(Problem::message).asString()
            .startsWith("is not valid JSON: there is more after the JSON value, at column ")));
    assertThat(rows).extracting(row -> row instanceof RefusedLine r ? r.line() : 1).containsExactly(1, 2, 3, 4);
  }
}
