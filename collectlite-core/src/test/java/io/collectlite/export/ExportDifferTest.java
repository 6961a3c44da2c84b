package io.collectlite.export;

import io.collectlite.project.TaskType;
import io.collectlite.template.Presets;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportDifferTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private static ExportRow row(long task, String id, String label) {
    return new ExportRow(task, id, "{\"document\":\"d\",\"query\":\"q\"}", label, 1.0, "majority", 2, false, 1, T, T);
  }

  private static ExportInfo info(long id, int version, ExportFormat format) {
    return new ExportInfo(id, 1, version, format, "1", 0, "0".repeat(64), 1, T, "v" + version, List.of(1),
        TaskFilter.RESOLVED, false);
  }

  private static byte[] write(ExportFormat format, List<ExportRow> rows) throws Exception {
    var out = new ByteArrayOutputStream();
    new ExportWriter(1, SplitRatios.DEFAULT, Presets.schemaFor(TaskType.DOCUMENT_RELEVANCE), T).write(format, 1, rows.iterator(), out, "x");
    return out.toByteArray();
  }

  @Test
  void findsAddedRemovedAndRelabelledExamplesAcrossFormats() throws Exception {
    byte[] v1 = write(ExportFormat.JSONL, List.of(row(1, "a", "irrelevant"), row(2, "b", "highly_relevant"),
        row(3, "c", "partially_relevant"), row(4, "gone", "irrelevant")));
    byte[] v2 = write(ExportFormat.CSV, List.of(row(1, "a", "irrelevant"), row(2, "b", "partially_relevant"),
        row(3, "c", "partially_relevant"), row(5, "new", "highly_relevant"), row(6, "new2", "irrelevant")));
    Map<String, byte[]> files = Map.of("v1", v1, "v2", v2);
    ExportDiff diff = new ExportDiffer().diff(info(1, 1, ExportFormat.JSONL), info(2, 2, ExportFormat.CSV),
        export -> new ByteArrayInputStream(files.get(export.location())));
    assertThat(diff.added()).containsExactly("new", "new2");
    assertThat(diff.removed()).containsExactly("gone");
    assertThat(diff.changed()).containsExactly(new ExportDiff.LabelChange("b", "highly_relevant", "partially_relevant"));
    assertThat(diff.addedCount()).isEqualTo(2);
    assertThat(diff.removedCount()).isEqualTo(1);
    assertThat(diff.changedCount()).isEqualTo(1);
    assertThat(diff.unchanged()).isEqualTo(2);
  }

  @Test
  void multiChoiceAndMissingLabelsReadTheSameFromJsonlAndCsv() throws Exception {
    var schema = Presets.classification(List.of("cat", "dog"), true);
    var options = new ExportOptions(TaskFilter.ALL, true);
    var labelled = new ExportRow(1, "both", "{\"text\":\"t\"}", "[\"cat\",\"dog\"]", 1, "majority", 2, false, 1,
        T, T).withSuggestions(List.of(new io.collectlite.suggestion.ModelSuggestion(7, "both", "", "m", "", 1,
            "[\"cat\"]", "{\"labels\":[\"cat\"]}", java.util.OptionalDouble.of(1.0), "r\n\"q\"",
            java.util.OptionalDouble.empty(), java.util.OptionalLong.empty(), java.util.OptionalDouble.of(0.5),
            "import", "label-studio", T)));
    var open = new ExportRow(2, "open", "{\"text\":\"t\"}", java.util.Optional.empty(), 0, "none", 0, false, 1,
        io.collectlite.task.TaskState.CREATED, T, java.util.Optional.empty(), List.of());
    Map<String, byte[]> files = new java.util.HashMap<>();
    for (ExportFormat format : ExportFormat.values()) {
      var out = new ByteArrayOutputStream();
      new ExportWriter(1, SplitRatios.DEFAULT, schema, T, options, new Pseudonyms(Pseudonyms.newKey())).write(format, 1, List.of(labelled, open).iterator(),
          out, "x");
      files.put(format.wire(), out.toByteArray());
    }
    ExportDiff diff = new ExportDiffer().diff(info(1, 1, ExportFormat.JSONL), info(2, 2, ExportFormat.CSV),
        export -> new ByteArrayInputStream(files.get(export.format().wire())));
    assertThat(diff.changedCount()).as(diff.changed().toString()).isZero();
    assertThat(diff.suggestionChangedCount()).as(diff.suggestionChanged().toString()).isZero();
    assertThat(diff.unchanged()).isEqualTo(2);
  }

  private static io.collectlite.suggestion.ModelSuggestion suggestion(long id, String example, String model,
      String label, Instant at) {
    return new io.collectlite.suggestion.ModelSuggestion(id, example, "openai", model, "p1", 1, label,
        "{\"relevance\":\"" + label + "\"}", java.util.OptionalDouble.of(-1.5), "because",
        java.util.OptionalDouble.of(0.75), java.util.OptionalLong.of(120), java.util.OptionalDouble.of(0.002),
        "generated", "", at);
  }

  @Test
  void aChangedLatestSuggestionIsAChangeAcrossFormats() throws Exception {
    Instant later = T.plusSeconds(60);
    byte[] v1 = write(ExportFormat.JSONL, List.of(
        row(1, "rerun", "irrelevant").withSuggestions(List.of(suggestion(1, "rerun", "gpt-x", "irrelevant", T))),
        row(2, "first", "irrelevant"),
        row(3, "same", "irrelevant").withSuggestions(List.of(suggestion(3, "same", "gpt-x", "irrelevant", T))),
        row(4, "both", "irrelevant").withSuggestions(List.of(suggestion(4, "both", "gpt-x", "irrelevant", T)))));
    byte[] v2 = write(ExportFormat.CSV, List.of(
        row(1, "rerun", "irrelevant").withSuggestions(List.of(suggestion(9, "rerun", "gpt-y", "highly_relevant", later),
            suggestion(1, "rerun", "gpt-x", "irrelevant", T))),
        row(2, "first", "irrelevant").withSuggestions(List.of(suggestion(10, "first", "gpt-x", "irrelevant", later))),
        row(3, "same", "irrelevant").withSuggestions(List.of(suggestion(3, "same", "gpt-x", "irrelevant", T))),
        row(4, "both", "highly_relevant").withSuggestions(List.of(suggestion(11, "both", "gpt-x", "irrelevant", later)))));
    Map<String, byte[]> files = Map.of("v1", v1, "v2", v2);
    ExportDiff diff = new ExportDiffer().diff(info(1, 1, ExportFormat.JSONL), info(2, 2, ExportFormat.CSV),
        export -> new ByteArrayInputStream(files.get(export.location())));
    assertThat(diff.suggestionChanged()).containsExactly(
        new ExportDiff.SuggestionChange("rerun", "openai/gpt-x (p1): irrelevant at " + T,
            "openai/gpt-y (p1): highly_relevant at " + later),
        new ExportDiff.SuggestionChange("first", "", "openai/gpt-x (p1): irrelevant at " + later),
        new ExportDiff.SuggestionChange("both", "openai/gpt-x (p1): irrelevant at " + T,
            "openai/gpt-x (p1): irrelevant at " + later));
    assertThat(diff.suggestionChangedCount()).isEqualTo(3);
    assertThat(diff.changed()).containsExactly(new ExportDiff.LabelChange("both", "irrelevant", "highly_relevant"));
    assertThat(diff.unchanged()).as("only the example with the same label and suggestion").isEqualTo(1);
  }

  @Test
  void aVersionComparedWithItselfHasNoDifferences() throws Exception {
    byte[] v = write(ExportFormat.JSONL, List.of(row(1, "a", "irrelevant"), row(2, "b", "highly_relevant")));
    ExportDiff diff = new ExportDiffer().diff(info(1, 1, ExportFormat.JSONL), info(1, 1, ExportFormat.JSONL),
        export -> new ByteArrayInputStream(v));
    assertThat(diff.addedCount() + diff.removedCount() + diff.changedCount()).isZero();
    assertThat(diff.unchanged()).isEqualTo(2);
  }
}
