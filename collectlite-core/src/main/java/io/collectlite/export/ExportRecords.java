package io.collectlite.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the (example id, final label) pairs of an export file, streaming, in either format; a label
 * reads the same from both (a missing one empty, a multi-choice one as its JSON array).
 */
final class ExportRecords {
  private static final JsonFactory JSON = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();

  private ExportRecords() {}

  static void forEach(InputStream in, ExportFormat format, BiConsumer<String, String> idAndLabel) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    switch (format) {
      case JSONL -> jsonl(reader, idAndLabel);
      case CSV -> csv(reader, idAndLabel);
    }
  }

  private static void jsonl(BufferedReader reader, BiConsumer<String, String> idAndLabel) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty()) continue;
      String id = null;
      String label = null;
      try (JsonParser parser = JSON.createParser(line)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME && (id == null || label == null)) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals("example_id")) {
            id = parser.getText();
          } else if (name.equals("final_label")) {
            label = labelText(parser);
          } else {
            parser.skipChildren();
          }
        }
      }
      if (id == null || label == null) throw new IOException("an export record lacks example_id or final_label");
      idAndLabel.accept(id, label);
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

  private static void csv(BufferedReader reader, BiConsumer<String, String> idAndLabel) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) idAndLabel.accept(record.get("example_id"), record.get("final_label"));
    }
  }
}
