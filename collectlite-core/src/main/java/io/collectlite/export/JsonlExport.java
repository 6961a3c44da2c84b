package io.collectlite.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** Writes export records as JSON Lines, one object per row, streaming. */
final class JsonlExport {
  private final RecordValues values;

  JsonlExport(RecordValues values) {
    this.values = values;
  }

  long write(int version, Iterator<ExportRow> rows, Writer writer) throws IOException {
    long count = 0;
    try (JsonGenerator json = RecordValues.MAPPER.getFactory().createGenerator(writer)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      while (rows.hasNext()) {
        record(version, rows.next(), json);
        json.writeRaw('\n');
        count++;
      }
    }
    return count;
  }

  private void record(int version, ExportRow row, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("example_id", row.exampleId());
    json.writeFieldName("fields");
    // stores keep the fields as canonical JSON text: copied as is, never parsed again
    json.writeRawValue(row.fieldsJson());
    json.writeFieldName("final_label");
    json.writeTree(values.finalLabel(row));
    json.writeNumberField("consensus_score", RecordValues.round(row.consensusScore()));
    json.writeStringField("consensus_method", row.consensusMethod());
    json.writeNumberField("num_annotations", row.numAnnotations());
    json.writeBooleanField("reviewer_override", row.reviewerOverride());
    json.writeNullField("model_suggestion");
    json.writeNumberField("instruction_version", row.templateVersion());
    json.writeNumberField("template_version", row.templateVersion());
    json.writeStringField("split", values.split(row));
    json.writeNumberField("task_id", row.taskId());
    if (values.withState()) json.writeStringField("state", row.state().wire());
    json.writeStringField("ingested_at", row.ingestedAt().toString());
    json.writeFieldName("resolved_at");
    if (row.resolvedAt().isPresent()) json.writeString(row.resolvedAt().get().toString()); else json.writeNull();
    json.writeStringField("exported_at", values.exportedAt().toString());
    json.writeNumberField("export_version", version);
    json.writeStringField("schema_version", ExportWriter.SCHEMA_VERSION);
    if (values.options().includeAnnotations()) {
      json.writeFieldName("annotations");
      json.writeTree(values.annotations(row));
    }
    json.writeEndObject();
  }
}
