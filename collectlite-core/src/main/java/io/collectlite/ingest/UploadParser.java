package io.collectlite.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.collectlite.error.Problem;
import io.collectlite.error.ValidationException;
import io.collectlite.project.TaskType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded file into validated, normalised source rows. Collects every problem instead of
 * stopping at the first, so the caller can report them all. Thread-safe.
 */
public final class UploadParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final char BOM = '\uFEFF';

  private UploadParser() {}

  /**
   * Parses a whole file. Throws {@link ValidationException} only when the file as a whole is
   * unreadable (not UTF-8, no CSV header); row-level problems are returned in the result.
   */
  public static ParsedUpload parse(InputStream in, SourceFormat format, TaskType taskType) {
    Collector collector = new Collector(taskType);
    try (Reader reader = utf8(in)) {
      switch (format) {
        case JSONL -> readJsonl(reader, collector);
        case CSV -> readCsv(reader, collector);
      }
    } catch (CharacterCodingException e) {
      throw ValidationException.field("file", "is not UTF-8 text (save it as UTF-8 and upload again)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw ValidationException.field("file", "is not UTF-8 text (save it as UTF-8 and upload again)");
      }
      throw e;
    }
    return collector.result();
  }

  private static Reader utf8(InputStream in) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  private static void readJsonl(Reader reader, Collector collector) throws IOException {
    BufferedReader lines = (BufferedReader) reader;
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == BOM) line = line.substring(1);
      if (line.isBlank()) continue;
      collector.rowsRead++;
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        collector.problems.add(new Problem(lineNo, "", "is not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        collector.problems.add(new Problem(lineNo, "", "is not a JSON object"));
        continue;
      }
      collector.accept(lineNo, (ObjectNode) node);
    }
  }

  private static void readCsv(Reader reader, Collector collector) throws IOException {
    reader.mark(1);
    if (reader.read() != BOM) reader.reset();
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(false).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
      if (header.isEmpty()) throw ValidationException.field("file", "has no CSV header row");
      for (CSVRecord record : parser) {
        int line = Math.toIntExact(record.getParser().getCurrentLineNumber());
        collector.rowsRead++;
        if (record.size() != header.size()) {
          collector.problems.add(new Problem(line, "",
              "has " + record.size() + " fields but the header has " + header.size()));
          continue;
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) row.put(header.get(i), record.get(i));
        collector.accept(line, row);
      }
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException cce) throw cce;
      throw ValidationException.field("file", "is not valid CSV: " + e.getMessage());
    }
  }

  /** Gathers rows, duplicates and problems while a file is read. */
  private static final class Collector {
    private final TaskType taskType;
    private final List<SourceRow> rows = new ArrayList<>();
    private final List<DuplicateRow> duplicates = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lineByHash = new HashMap<>();
    private final Map<String, SourceRow> rowById = new HashMap<>();
    private int rowsRead;

    Collector(TaskType taskType) {
      this.taskType = taskType;
    }

    void accept(int line, ObjectNode row) {
      String id = idOf(line, row);
      if (id == null) return;
      var expansion = switch (taskType) {
        case DOCUMENT_RELEVANCE -> RelevanceRows.expand(line, row);
      };
      problems.addAll(expansion.problems());
      for (RelevanceRows.Candidate candidate : expansion.examples()) {
        String canonical = CanonicalJson.write(candidate.fields());
        String hash = CanonicalJson.sha256(canonical);
        String exampleId = id.isEmpty() ? "h-" + hash.substring(0, 16)
            : candidate.idSuffix().isEmpty() ? id : id + "#" + candidate.idSuffix();
        add(new SourceRow(line, exampleId, canonical, hash));
      }
    }

    private String idOf(int line, ObjectNode row) {
      JsonNode id = row.get("id");
      if (id == null || id.isNull() || (id.isTextual() && id.asText().isBlank())) return "";
      if (!id.isTextual() && !id.isIntegralNumber()) {
        problems.add(new Problem(line, "id", "must be text or a whole number"));
        return null;
      }
      String text = id.asText().strip();
      if (text.length() > 200) {
        problems.add(new Problem(line, "id", "is longer than 200 characters"));
        return null;
      }
      return text;
    }

    private void add(SourceRow row) {
      Integer firstLine = lineByHash.putIfAbsent(row.sourceHash(), row.line());
      if (firstLine != null) {
        duplicates.add(new DuplicateRow(row.line(), row.exampleId(), "same content as line " + firstLine));
        return;
      }
      SourceRow sameId = rowById.putIfAbsent(row.exampleId(), row);
      if (sameId != null) {
        problems.add(new Problem(row.line(), "id", "example id '" + row.exampleId()
            + "' is already used on line " + sameId.line() + " with different content"));
        return;
      }
      rows.add(row);
    }

    ParsedUpload result() {
      return new ParsedUpload(rowsRead, rows, duplicates, problems);
    }
  }
}
