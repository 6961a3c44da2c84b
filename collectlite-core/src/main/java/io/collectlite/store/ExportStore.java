package io.collectlite.store;

import io.collectlite.export.ExportBody;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Export versions and the streaming read of resolved tasks behind them. */
public interface ExportStore {
  /**
   * In one transaction: takes the project's next version number, moves every {@code resolved}
   * task to {@code exported} (set-based, with audit events), streams the tasks {@code options}
   * select — every exported task, or every task of the project — through a cursor to {@code body}
   * ordered by task id, each with its annotations (oldest first) when the options include them,
   * and records the version with the options and what the body wrote. Annotations are streamed
   * too (e.g. a second cursor merged by {@link io.collectlite.export.AnnotatedRows}), never
   * loaded for the whole project. When {@code body} throws, nothing is recorded and no task
   * changes state.
   */
  ExportInfo create(long projectId, ExportFormat format, String schemaVersion, long createdBy, Instant now,
      ExportOptions options, ExportBody body);

  /** One export version. */
  Optional<ExportInfo> find(long exportId);

  /** A project's export versions, newest first. */
  List<ExportInfo> list(long projectId);
}
