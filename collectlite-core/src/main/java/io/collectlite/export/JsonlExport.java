package io.collectlite.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.template.FinalLabelType;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** Writes export records as JSON Lines, one object per row, streaming. */
final class JsonlExport {
  private final RecordValues values;
  private final String exportedAt;
  private final FinalLabelType labelType;
  // rows of one upload share their ingest time: format it once per run of equal times
  private java.time.Instant lastIngested;
  private String lastIngestedText;

  JsonlExport(RecordValues values) {
    this.values = values;
    this.exportedAt = values.exportedAt().toString();
    this.labelType = values.schema().finalLabelType();
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
    writeFinalLabel(row, json);
    json.writeNumberField("consensus_score", RecordValues.round(row.consensusScore()));
    json.writeStringField("consensus_method", row.consensusMethod());
    json.writeNumberField("num_annotations", row.numAnnotations());
    json.writeBooleanField("reviewer_override", row.reviewerOverride());
    // newest first: the first is the latest overall
    json.writeFieldName("model_suggestion");
    if (row.suggestions().isEmpty()) json.writeNull(); else writeSuggestion(row.suggestions().get(0), json);
    json.writeArrayFieldStart("model_suggestions");
    for (ModelSuggestion suggestion : row.suggestions()) writeSuggestion(suggestion, json);
    json.writeEndArray();
    json.writeNumberField("instruction_version", row.templateVersion());
    json.writeNumberField("template_version", row.templateVersion());
    json.writeStringField("split", values.split(row));
    json.writeNumberField("task_id", row.taskId());
    if (values.withState()) json.writeStringField("state", row.state().wire());
    json.writeStringField("ingested_at", ingestedAt(row));
    json.writeFieldName("resolved_at");
    if (row.resolvedAt().isPresent()) json.writeString(row.resolvedAt().get().toString()); else json.writeNull();
    json.writeStringField("exported_at", exportedAt);
    json.writeNumberField("export_version", version);
    json.writeStringField("schema_version", ExportWriter.SCHEMA_VERSION);
    if (values.options().includeAnnotations()) {
      json.writeFieldName("annotations");
      json.writeTree(values.annotations(row));
    }
    json.writeEndObject();
  }

  /**
   * The same JSON as {@link io.collectlite.template.LabelSchema#finalLabel}, without building a tree
   * per record: keys of numbers are plain decimal text and keys of label sets canonical JSON lists
   * (both made by core).
   */
  private void writeFinalLabel(ExportRow row, JsonGenerator json) throws IOException {
    if (row.finalLabel().isEmpty()) {
      json.writeNull();
      return;
    }
    String key = row.finalLabel().get();
    switch (labelType) {
      case NUMBER -> json.writeNumber(key);
      case LIST -> json.writeRawValue(key);
      case TEXT -> json.writeString(key);
    }
  }

  /**
   * The same object as {@link RecordValues#suggestion}, streamed: the stored answers are canonical JSON text,
   * copied as is.
   */
  private void writeSuggestion(ModelSuggestion s, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("provider", s.provider());
    json.writeStringField("model", s.model());
    json.writeStringField("prompt_version", s.promptVersion());
    json.writeNumberField("template_version", s.templateVersion());
    json.writeFieldName("label");
    writeSuggestionLabel(s.label(), json);
    json.writeFieldName("answers");
    json.writeRawValue(s.answers());
    json.writeFieldName("raw_score");
    if (s.rawScore().isPresent()) json.writeNumber(s.rawScore().getAsDouble()); else json.writeNull();
    json.writeStringField("rationale", s.rationale());
    json.writeFieldName("confidence");
    if (s.confidence().isPresent()) json.writeNumber(s.confidence().getAsDouble()); else json.writeNull();
    json.writeFieldName("latency_ms");
    if (s.latencyMillis().isPresent()) json.writeNumber(s.latencyMillis().getAsLong()); else json.writeNull();
    json.writeFieldName("cost_estimate");
    if (s.costEstimate().isPresent()) json.writeNumber(s.costEstimate().getAsDouble()); else json.writeNull();
    json.writeStringField("source", s.source());
    json.writeStringField("origin", s.origin());
    json.writeStringField("created_at", s.createdAt().toString());
    json.writeEndObject();
  }

  /** Typed as the final label, or text when the key is not of that type (see {@link RecordValues#suggestion}). */
  private void writeSuggestionLabel(String key, JsonGenerator json) throws IOException {
    switch (labelType) {
      case NUMBER -> {
        if (RecordValues.isNumber(key)) json.writeNumber(key); else json.writeString(key);
      }
      case LIST -> {
        if (key.startsWith("[")) json.writeRawValue(key); else json.writeString(key);
      }
      case TEXT -> json.writeString(key);
    }
  }

  private String ingestedAt(ExportRow row) {
    if (!row.ingestedAt().equals(lastIngested)) {
      lastIngested = row.ingestedAt();
      lastIngestedText = lastIngested.toString();
    }
    return lastIngestedText;
  }
}
