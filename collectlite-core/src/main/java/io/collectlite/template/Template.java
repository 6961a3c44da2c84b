package io.collectlite.template;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a project's template: instructions (Markdown) and label schema. Editing either
 * creates a new version; tasks, annotations and exports name the version they were made under.
 */
public record Template(long projectId, int version, String instructions, LabelSchema schema, Instant createdAt) {
  public Template {
    if (version < 1) throw new IllegalArgumentException("versions start at 1");
    Objects.requireNonNull(instructions, "instructions");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
