package io.collectlite.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads what the export diff compares of each record — example id, final label, latest model
 * suggestion — streaming, in either format; each reads the same from both (a missing label empty, a
 * multi-choice one as its JSON array, the suggestion as its CSV cells).
 */
final class ExportRecords {
  private static final JsonFactory JSON = RecordValues.MAPPER.getFactory();

  /**
   * One record's compared values.
   *
   * @param suggestion the latest suggestion's {@link RecordValues#SUGGESTION_FIELDS} as CSV cells;
   *     empty when the record has none (or was written under schema 1, which had none)
   */
  record Compared(String exampleId, String label, List<String> suggestion) {
    Compared {
      Objects.requireNonNull(exampleId, "exampleId");
      Objects.requireNonNull(label, "label");
      suggestion = List.copyOf(suggestion);
    }
  }

  private ExportRecords() {}

  static void forEach(InputStream in, ExportFormat format, Consumer<Compared> each) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    switch (format) {
      case JSONL -> jsonl(reader, each);
      case CSV -> csv(reader, each);
    }
  }

  private static void jsonl(BufferedReader reader, Consumer<Compared> each) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty()) continue;
      String id = null;
      String label = null;
      List<String> suggestion = List.of();
      try (JsonParser parser = JSON.createParser(line)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          switch (name) {
            case "example_id" -> id = parser.getText();
            case "final_label" -> label = labelText(parser);
            case "model_suggestion" -> suggestion = suggestionCells(parser);
            default -> parser.skipChildren();
          }
        }
      }
      if (id == null || label == null) throw new IOException("an export record lacks example_id or final_label");
      each.accept(new Compared(id, label, suggestion));
    }
  }

  /** The label as the CSV export writes it: text as is, null empty, arrays and objects as JSON. */
  private static String labelText(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NULL -> "";
      case START_ARRAY, START_OBJECT -> parser.readValueAsTree().toString();
      default -> parser.getText();
    };
  }

  private static List<String> suggestionCells(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return List.of();
    }
    JsonNode node = parser.readValueAsTree();
    List<String> cells = new ArrayList<>(RecordValues.SUGGESTION_FIELDS.size());
    for (String field : RecordValues.SUGGESTION_FIELDS) cells.add(RecordValues.cell(node.get(field)));
    return cells;
  }

  private static void csv(BufferedReader reader, Consumer<Compared> each) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      boolean suggestions = parser.getHeaderMap().containsKey("model_suggestion.created_at");
      for (CSVRecord record : parser) {
        List<String> suggestion = List.of();
        if (suggestions && !record.get("model_suggestion.created_at").isEmpty()) {
          suggestion = RecordValues.SUGGESTION_FIELDS.stream().map(f -> record.get("model_suggestion." + f)).toList();
        }
        each.accept(new Compared(record.get("example_id"), record.get("final_label"), suggestion));
      }
    }
  }
}
