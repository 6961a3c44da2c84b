package io.collectlite.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import io.collectlite.template.LabelSchema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes export records (schema {@value #SCHEMA_VERSION}) as JSONL or CSV, one row at a time, while
 * counting them and hashing the bytes. Memory does not grow with the export.
 */
public final class ExportWriter {
  /** The version of the record layout; bumped whenever a field changes meaning or disappears. */
  public static final String SCHEMA_VERSION = "1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> CSV_COLUMNS = List.of("example_id", "split", "final_label", "consensus_score",
      "consensus_method", "num_annotations", "reviewer_override", "instruction_version", "template_version",
      "task_id", "ingested_at", "resolved_at", "exported_at", "export_version");

  private final long seed;
  private final SplitRatios ratios;
  private final List<String> fieldColumns;
  private final LabelSchema schema;
  private final Instant exportedAt;

  /**
   * @param seed the project's split seed
   * @param schema the project's current label schema: its row fields get their own
   *     {@code fields.<name>} CSV column (the rest go, as JSON, into {@code fields_other}), and its
   *     first question gives {@code final_label} its JSON type
   */
  public ExportWriter(long seed, SplitRatios ratios, LabelSchema schema, Instant exportedAt) {
    this.seed = seed;
    this.ratios = ratios;
    this.schema = schema;
    this.fieldColumns = schema.requiredFields();
    this.exportedAt = exportedAt;
  }

  /** Writes every row to {@code out} (not closed) and returns the count and the SHA-256 of the bytes. */
  public WrittenExport write(ExportFormat format, int version, Iterator<ExportRow> rows, OutputStream out,
      String location) throws IOException {
    MessageDigest sha = sha256();
    var digesting = new DigestOutputStream(out, sha);
    Writer writer = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
    java.util.SortedSet<Integer> templateVersions = new java.util.TreeSet<>();
    Iterator<ExportRow> noted = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ExportRow next() {
        ExportRow row = rows.next();
        templateVersions.add(row.templateVersion());
        return row;
      }
    };
    long count = switch (format) {
      case JSONL -> writeJsonl(version, noted, writer);
      case CSV -> writeCsv(version, noted, writer);
    };
    writer.flush();
    return new WrittenExport(count, HexFormat.of().formatHex(sha.digest()), location, List.copyOf(templateVersions));
  }

  private long writeJsonl(int version, Iterator<ExportRow> rows, Writer writer) throws IOException {
    long count = 0;
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(writer)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      while (rows.hasNext()) {
        ExportRow row = rows.next();
        json.writeStartObject();
        json.writeStringField("example_id", row.exampleId());
        json.writeFieldName("fields");
        // stores keep the fields as canonical JSON text: copied as is, never parsed again
        json.writeRawValue(row.fieldsJson());
        json.writeFieldName("final_label");
        json.writeTree(schema.finalLabel(row.finalLabel()));
        json.writeNumberField("consensus_score", round(row.consensusScore()));
        json.writeStringField("consensus_method", row.consensusMethod());
        json.writeNumberField("num_annotations", row.numAnnotations());
        json.writeBooleanField("reviewer_override", row.reviewerOverride());
        json.writeNullField("model_suggestion");
        json.writeNumberField("instruction_version", row.templateVersion());
        json.writeNumberField("template_version", row.templateVersion());
        json.writeStringField("split", ratios.splitOf(seed, row.exampleId()).wire());
        json.writeNumberField("task_id", row.taskId());
        json.writeStringField("ingested_at", row.ingestedAt().toString());
        json.writeStringField("resolved_at", row.resolvedAt().toString());
        json.writeStringField("exported_at", exportedAt.toString());
        json.writeNumberField("export_version", version);
        json.writeStringField("schema_version", SCHEMA_VERSION);
        json.writeEndObject();
        json.writeRaw('\n');
        count++;
      }
    }
    return count;
  }

  private long writeCsv(int version, Iterator<ExportRow> rows, Writer writer) throws IOException {
    List<String> header = new ArrayList<>(CSV_COLUMNS);
    fieldColumns.forEach(f -> header.add("fields." + f));
    header.add("fields_other");
    long count = 0;
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    while (rows.hasNext()) {
      ExportRow row = rows.next();
      List<Object> values = new ArrayList<>(header.size());
      values.add(row.exampleId());
      values.add(ratios.splitOf(seed, row.exampleId()).wire());
      JsonNode label = schema.finalLabel(row.finalLabel());
      values.add(label.isValueNode() ? label.asText() : label.toString());
      values.add(round(row.consensusScore()));
      values.add(row.consensusMethod());
      values.add(row.numAnnotations());
      values.add(row.reviewerOverride());
      values.add(row.templateVersion());
      values.add(row.templateVersion());
      values.add(row.taskId());
      values.add(row.ingestedAt());
      values.add(row.resolvedAt());
      values.add(exportedAt);
      values.add(version);
      var fields = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(row.fieldsJson());
      for (String column : fieldColumns) {
        JsonNode value = fields.remove(column);
        values.add(value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString());
      }
      values.add(fields.isEmpty() ? "" : MAPPER.writeValueAsString(fields));
      csv.printRecord(values);
      count++;
    }
    csv.flush();
    return count;
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
