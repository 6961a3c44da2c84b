package io.collectlite.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes export records as RFC 4180 CSV, streaming. The header is fixed before the first row is
 * written, so the {@code fields.*} columns come from the template's required fields and the key
 * paths of the first {@value #SAMPLE_ROWS} rows (buffered; at most {@value #MAX_FIELD_COLUMNS}
 * columns); see {@link ExportWriter} for the layout.
 */
final class CsvExport {
  static final int SAMPLE_ROWS = 1_000;
  static final int MAX_FIELD_COLUMNS = 200;
  private static final List<String> RECORD_COLUMNS = List.of("example_id", "split", "final_label", "consensus_score",
      "consensus_method", "num_annotations", "reviewer_override", "instruction_version", "template_version",
      "task_id", "ingested_at", "resolved_at", "exported_at", "export_version");
  /** The record columns, then the latest suggestion's fields as dotted columns, then every model's latest as JSON. */
  static final List<String> COLUMNS = columns();

  private final RecordValues values;
  private final List<String> requiredFields;

  CsvExport(RecordValues values, List<String> requiredFields) {
    this.values = values;
    this.requiredFields = List.copyOf(requiredFields);
  }

  long write(int version, Iterator<ExportRow> rows, Writer writer) throws IOException {
    List<ExportRow> sample = new ArrayList<>();
    while (sample.size() < SAMPLE_ROWS && rows.hasNext()) sample.add(rows.next());
    LinkedHashSet<String> fieldColumns = fieldColumns(sample);
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(fieldColumns);
    header.add("fields_other");
    if (values.withState()) header.add("state");
    if (values.options().includeAnnotations()) header.add("annotations");
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    long count = 0;
    for (ExportRow row : sample) {
      csv.printRecord(record(version, row, fieldColumns));
      count++;
    }
    sample.clear();
    while (rows.hasNext()) {
      csv.printRecord(record(version, rows.next(), fieldColumns));
      count++;
    }
    csv.flush();
    return count;
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(RECORD_COLUMNS);
    for (String field : RecordValues.SUGGESTION_FIELDS) columns.add("model_suggestion." + field);
    columns.add("model_suggestions");
    return List.copyOf(columns);
  }

  /** Required fields first (their sampled sub-paths when they hold objects), then other sampled paths. */
  private LinkedHashSet<String> fieldColumns(List<ExportRow> sample) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (ExportRow row : sample) {
      RecordValues.json(row.fieldsJson()).fields().forEachRemaining(e -> leafPaths(e.getValue(), "fields." + e.getKey(), seen));
    }
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    for (String field : requiredFields) {
      String path = "fields." + field;
      List<String> nested = seen.stream().filter(p -> p.startsWith(path + ".")).toList();
      if (nested.isEmpty()) columns.add(path); else columns.addAll(nested);
    }
    for (String path : seen) {
      if (columns.size() >= MAX_FIELD_COLUMNS + requiredFields.size()) break;
      if (!coveredBy(path, columns)) columns.add(path);
    }
    return columns;
  }

  private static boolean coveredBy(String path, LinkedHashSet<String> columns) {
    for (String c : columns) if (path.equals(c) || path.startsWith(c + ".")) return true;
    return false;
  }

  private static void leafPaths(JsonNode node, String path, LinkedHashSet<String> out) {
    if (node.isObject() && !node.isEmpty()) {
      node.fields().forEachRemaining(e -> leafPaths(e.getValue(), path + "." + e.getKey(), out));
    } else {
      out.add(path);
    }
  }

  private List<Object> record(int version, ExportRow row, LinkedHashSet<String> fieldColumns) {
    List<Object> cells = new ArrayList<>(COLUMNS.size() + fieldColumns.size() + 3);
    cells.add(row.exampleId());
    cells.add(values.split(row));
    // the consensus key is the cell as is: an option value, a plain number, or a label set's JSON list
    cells.add(row.finalLabel().orElse(""));
    cells.add(RecordValues.round(row.consensusScore()));
    cells.add(row.consensusMethod());
    cells.add(row.numAnnotations());
    cells.add(row.reviewerOverride());
    cells.add(row.templateVersion());
    cells.add(row.templateVersion());
    cells.add(row.taskId());
    cells.add(row.ingestedAt());
    cells.add(row.resolvedAt().map(Object::toString).orElse(""));
    cells.add(values.exportedAt());
    cells.add(version);
    suggestionCells(row, cells);
    Map<String, String> byColumn = new java.util.HashMap<>();
    ObjectNode other = RecordValues.MAPPER.createObjectNode();
    RecordValues.json(row.fieldsJson()).fields()
        .forEachRemaining(e -> split(e.getValue(), "fields." + e.getKey(), fieldColumns, byColumn, other));
    for (String column : fieldColumns) cells.add(byColumn.getOrDefault(column, ""));
    cells.add(other.isEmpty() ? "" : other.toString());
    if (values.withState()) cells.add(row.state().wire());
    if (values.options().includeAnnotations()) cells.add(values.annotations(row).toString());
    return cells;
  }

  /** The latest suggestion's fields (empty cells when the example has none), then the JSON list of every model's latest. */
  private void suggestionCells(ExportRow row, List<Object> cells) {
    var suggestions = values.suggestions(row);
    for (String field : RecordValues.SUGGESTION_FIELDS) {
      cells.add(suggestions.isEmpty() ? "" : cell(suggestions.get(0).get(field)));
    }
    cells.add(suggestions.toString());
  }

  /** Puts each value under its column, or — when no column holds its path — into {@code other} by dotted path. */
  private static void split(JsonNode node, String path, LinkedHashSet<String> columns, Map<String, String> byColumn,
      ObjectNode other) {
    if (columns.contains(path)) {
      byColumn.put(path, cell(node));
    } else if (node.isObject() && !node.isEmpty()) {
      node.fields().forEachRemaining(e -> split(e.getValue(), path + "." + e.getKey(), columns, byColumn, other));
    } else {
      other.set(path.substring("fields.".length()), node);
    }
  }

  private static String cell(JsonNode value) {
    return RecordValues.cell(value);
  }
}
