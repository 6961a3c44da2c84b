package io.collectlite.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads a file one record at a time as a JSON object with its line, reporting unreadable records. */
abstract class RecordSource implements Closeable {
  private static final char BOM = '\uFEFF';
  static final String NOT_UTF8 = "is not UTF-8 text (save it as UTF-8 and upload again)";

  /** One record of the file: its 1-based line and its fields. */
  record Record(int line, ObjectNode fields) {}

  /**
   * The next readable record, or null at the end of the file. Unreadable records (malformed JSON,
   * ragged CSV rows) go to {@code problems} and are skipped.
   */
  abstract Record next(Consumer<Problem> problems);

  /** Records read so far, readable or not (blank lines excluded). */
  abstract int recordsRead();

  static RecordSource open(BufferedReader reader, SourceFormat format) {
    return switch (format) {
      case JSONL -> new Jsonl(reader);
      case CSV -> new Csv(reader);
    };
  }

  /**
   * A reader over UTF-8 content that refuses malformed bytes (see {@link #notUtf8()}) and, once
   * more than {@code limits.maxFileBytes()} are read, the whole file as too large.
   */
  static BufferedReader utf8(InputStream in, IngestLimits limits) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    var limited = new LimitedInputStream(in, limits.maxFileBytes());
    return new BufferedReader(new InputStreamReader(limited, decoder), 1 << 16);
  }

  /** Closes the file, rethrowing a failure unchecked. */
  final void release() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ValidationException notUtf8() {
    return ValidationException.field("file", NOT_UTF8);
  }

  /**
   * Exactly one JSON object per line: anything after the object (a second object, a stray brace,
   * words) is that line's error, never dropped. Lines end at LF, CRLF or a lone CR, as in CSV files;
   * U+2028 and U+2029 are characters, not line ends (JSON allows them inside text).
   */
  private static final class Jsonl extends RecordSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BufferedReader reader;
    private int lineNo;
    private int read;

    Jsonl(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    Record next(Consumer<Problem> problems) {
      for (String line = readLine(); line != null; line = readLine()) {
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == BOM) line = line.substring(1);
        if (line.isBlank()) continue;
        read++;
        JsonNode node;
        try {
          node = StrictJson.readTree(MAPPER, line);
        } catch (JacksonException e) {
          String hint = e instanceof StrictJson.TrailingContent ? " (a line holds exactly one JSON object)" : "";
          problems.accept(new Problem(lineNo, "", "is not valid JSON: " + StrictJson.describe(e, line) + hint));
          continue;
        }
        if (node == null || !node.isObject()) {
          problems.accept(new Problem(lineNo, "", "is not a JSON object"));
          continue;
        }
        return new Record(lineNo, (ObjectNode) node);
      }
      return null;
    }

    private String readLine() {
      try {
        String line = reader.readLine();
        if (line != null) lineNo++;
        return line;
      } catch (CharacterCodingException e) {
        throw notUtf8();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    int recordsRead() {
      return read;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** RFC 4180 CSV with a header row; header names are trimmed. */
  private static final class Csv extends RecordSource {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private int read;

    Csv(BufferedReader reader) {
      try {
        reader.mark(1);
        if (reader.read() != BOM) reader.reset();
        CSVFormat format = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        parser = CSVParser.parse(reader, format);
      } catch (CharacterCodingException e) {
        throw notUtf8();
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        throw ValidationException.field("file", "has no readable CSV header row: " + csvProblem(e));
      }
      header = parser.getHeaderNames().stream().map(String::strip).toList();
      if (header.isEmpty()) throw ValidationException.field("file", "has no CSV header row");
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String name : header) {
        if (!seen.add(name)) throw new ValidationException(new Problem(1, name, "appears twice in the CSV header"));
      }
      records = parser.iterator();
    }

    @Override
    Record next(Consumer<Problem> problems) {
      while (hasNextRecord()) {
        CSVRecord record = records.next();
        int line = Math.toIntExact(parser.getCurrentLineNumber());
        read++;
        if (record.size() != header.size()) {
          problems.accept(new Problem(line, "", "has " + record.size() + " fields but the header has " + header.size()));
          continue;
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) row.put(header.get(i), record.get(i));
        return new Record(line, row);
      }
      return null;
    }

    private boolean hasNextRecord() {
      try {
        return records.hasNext();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) throw notUtf8();
        throw ValidationException.field("file", "is not valid CSV after line " + parser.getCurrentLineNumber()
            + ": " + csvProblem(e));
      } catch (IllegalStateException e) {
        throw ValidationException.field("file", "is not valid CSV after line " + parser.getCurrentLineNumber()
            + ": " + csvProblem(e));
      }
    }

    /**
     * What the CSV parser refused, in the writer's terms: its own messages name its classes. In
     * RFC 4180 the syntax errors are all about quotes.
     */
    private static String csvProblem(Exception e) {
      StringBuilder messages = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) messages.append(' ').append(t.getMessage());
      String all = messages.toString();
      if (all.contains("EOF reached before encapsulated token finished")) {
        return "a quoted field is never closed (a '\"' is missing)";
      }
      if (all.contains("between encapsulated token and delimiter")) {
        return "a quoted field has text after its closing '\"' (inside quotes, write a quote as \"\")";
      }
      if (all.contains("header name is missing") || all.contains("empty")) return "a column has no name";
      return "a '\"' is where CSV does not allow one (quote a whole field, and write a quote inside it as \"\")";
    }

    @Override
    int recordsRead() {
      return read;
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
