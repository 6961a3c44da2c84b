package io.collectlite.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.collectlite.project.TaskType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Validates JSONL export text against the published JSON Schema of its task type (for tests). */
public final class ExportSchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportSchemaCheck() {}

  /** Every violation of every line, prefixed with its 1-based line number; empty when all lines conform. */
  public static List<String> violations(TaskType type, String schemaVersion, String jsonl) {
    String schemaText = ExportSchemas.jsonSchema(type, schemaVersion)
        .orElseThrow(() -> new IllegalArgumentException("no schema for " + type + " v" + schemaVersion));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText, config);
    List<String> out = new ArrayList<>();
    String[] lines = jsonl.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) continue;
      Set<ValidationMessage> errors = schema.validate(parse(lines[i]));
      for (ValidationMessage e : errors) out.add("line " + (i + 1) + ": " + e.getMessage());
    }
    return out;
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
