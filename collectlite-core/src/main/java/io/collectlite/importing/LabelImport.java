package io.collectlite.importing;

import io.collectlite.error.TextInput;
import io.collectlite.error.ValidationException;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.JsonlRecords;
import io.collectlite.ingest.SourceFormat;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.Consensus;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.store.Store;
import io.collectlite.template.Template;
import java.io.InputStream;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports existing annotations and model predictions from a JSONL file (one object per line:
 * {@code example_id}, {@code annotator} or {@code model}, {@code label}, and optional
 * {@code confidence}, {@code notes}, {@code created_at}, {@code source}, {@code provider},
 * {@code prompt_version}, {@code rationale}, {@code score}) in one store transaction, streaming.
 * The caller checks that the acting user owns the project. Thread-safe.
 */
public final class LabelImport {
  private static final Logger LOG = LoggerFactory.getLogger(LabelImport.class);

  private final Store store;
  private final IngestLimits limits;
  private final java.util.function.BiFunction<Long, io.collectlite.template.LabelSchema, ConsensusPolicy> policies;

  /** An importer over {@code store}, reading files within {@code limits}; completed tasks are decided by majority. */
  public LabelImport(Store store, IngestLimits limits) {
    this(store, limits, (projectId, schema) -> Consensus.policy(schema));
  }

  /** An importer whose completed tasks are decided by {@code policies} (project id and schema to policy). */
  public LabelImport(Store store, IngestLimits limits,
      java.util.function.BiFunction<Long, io.collectlite.template.LabelSchema, ConsensusPolicy> policies) {
    this.store = store;
    this.limits = limits;
    this.policies = policies;
  }

  /**
   * Reads and stores one file. Labels are checked against the project's current template; an
   * annotation's task must exist and have room under its overlap, and a task it completes is
   * decided by consensus as on submit. {@link UploadMode#STRICT} refuses the whole file with a
   * {@link ValidationException} naming every bad line and field, and writes nothing;
   * {@link UploadMode#LENIENT} keeps the good lines and lists the bad ones in the report.
   */
  public ImportReport run(long projectId, long ownerId, String fileName, InputStream content, UploadMode mode,
      Instant now) {
    if (SourceFormat.fromFileName(fileName) != SourceFormat.JSONL) {
      throw ValidationException.field("file", "imports read JSONL (one object per line, .jsonl), not '"
          + fileName + "'");
    }
    TextInput.noNul("file", fileName);
    Template template = store.projects().currentTemplate(projectId);
    ImportBatch batch = new ImportBatch(projectId, fileName, ownerId, mode, template.version(), now);
    try (JsonlRecords records = JsonlRecords.open(content, limits)) {
      ImportReader reader = new ImportReader(records,
          new LineParser(template.schema(), now, limits.maxFieldChars()));
      ImportResult result = store.imports().importLabels(batch, reader,
          policies.apply(projectId, template.schema()));
      LOG.atInfo().addKeyValue("project", projectId).addKeyValue("import", result.importId())
          .addKeyValue("mode", mode.wire()).addKeyValue("lines", reader.linesRead())
          .addKeyValue("annotations", result.annotations()).addKeyValue("predictions", result.predictions())
          .addKeyValue("rejected", result.rejectedCount()).log("labels imported");
      return ImportReport.of(batch, reader.linesRead(), result);
    }
  }
}
