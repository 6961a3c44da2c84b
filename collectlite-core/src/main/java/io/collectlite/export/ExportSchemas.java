package io.collectlite.export;

import io.collectlite.project.TaskType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) that export records follow, one per task type and export
 * schema version, shipped in the jar under {@code io/collectlite/export/schema/}. Thread-safe.
 */
public final class ExportSchemas {
  private ExportSchemas() {}

  /** The classpath resource of a schema, e.g. {@code io/collectlite/export/schema/document_relevance.v1.schema.json}. */
  public static String resource(TaskType type, String schemaVersion) {
    return "io/collectlite/export/schema/" + type.wire() + ".v" + schemaVersion + ".schema.json";
  }

  /** The schema's text, or empty when no such task type and version exists. */
  public static Optional<String> jsonSchema(TaskType type, String schemaVersion) {
    if (!schemaVersion.matches("[0-9]{1,4}")) return Optional.empty();
    try (InputStream in = ExportSchemas.class.getClassLoader().getResourceAsStream(resource(type, schemaVersion))) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
