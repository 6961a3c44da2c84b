package io.collectlite.jdbc.internal;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Finds the examples an import's lines name, with their tasks. */
final class ImportExamples {
  private ImportExamples() {}

  /** A stored example and its task, when tasks were generated. */
  record Ref(long id, Optional<Long> taskId) {}

  static Optional<Ref> find(Handle h, long projectId, String exampleId) {
    return h.createQuery("SELECT e.id, t.id FROM source_examples e LEFT JOIN tasks t ON t.source_example_id = e.id "
            + "WHERE e.project_id = :project AND e.example_id = :example")
        .bind("project", projectId).bind("example", exampleId)
        .map((rs, ctx) -> {
          long id = rs.getLong(1);
          long task = rs.getLong(2);
          return new Ref(id, rs.wasNull() ? Optional.<Long>empty() : Optional.of(task));
        })
        .findOne();
  }
}
