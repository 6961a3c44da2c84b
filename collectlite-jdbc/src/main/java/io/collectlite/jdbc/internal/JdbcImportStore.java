package io.collectlite.jdbc.internal;

import io.collectlite.error.Problem;
import io.collectlite.importing.ImportBatch;
import io.collectlite.importing.ImportResult;
import io.collectlite.importing.ImportRow;
import io.collectlite.importing.ImportedAnnotation;
import io.collectlite.importing.ImportedPrediction;
import io.collectlite.importing.RefusedLine;
import io.collectlite.ingest.UploadMode;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.store.ImportStore;
import java.util.Iterator;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * An import in one transaction under the project lock (so it never races an upload, task
 * generation or another import of the project), line by line as the file streams in.
 */
final class JdbcImportStore implements ImportStore {
  private final Db db;

  JdbcImportStore(Db db) {
    this.db = db;
  }

  @Override
  public ImportResult importLabels(ImportBatch batch, Iterator<ImportRow> rows, ConsensusPolicy consensus) {
    // the lines stream from the request as they are written: a retried transaction could not replay them
    return db.txOnce(h -> {
      JdbcProjectStore.lock(h, db.dialect(), batch.projectId());
      // lapsed claims give their slots back first, as before a claim
      Assignments.expireLeases(h, db.dialect(), batch.projectId(), batch.now());
      long importId = h.createQuery("INSERT INTO imports (project_id, file_name, mode, imported_by, annotations, "
              + "predictions, created_at) VALUES (:project, :file, :mode, :by, 0, 0, :now) RETURNING id")
          .bind("project", batch.projectId()).bind("file", batch.fileName()).bind("mode", batch.mode().wire())
          .bind("by", batch.importedBy()).bind("now", batch.now()).mapTo(Long.class).one();
      ImportTally tally = new ImportTally();
      ImportedAnnotations annotations = new ImportedAnnotations(h, db.dialect(), batch, importId, consensus, tally);
      while (rows.hasNext()) store(h, batch, importId, rows.next(), annotations, tally);
      if (batch.mode() == UploadMode.STRICT) tally.requireClean();
      h.createUpdate("UPDATE imports SET annotations = :annotations, predictions = :predictions WHERE id = :id")
          .bind("annotations", tally.annotations()).bind("predictions", tally.predictions()).bind("id", importId)
          .execute();
      ImportResult result = tally.result(importId);
      JdbcAuditLog.record(h, batch.projectId(), "import", importId, "imported", Optional.of(batch.importedBy()),
          batch.fileName() + ": " + result.annotations() + " annotations, " + result.predictions() + " predictions, "
              + result.duplicateCount() + " duplicates, " + result.rejectedCount() + " refused", batch.now());
      return result;
    });
  }

  private static void store(Handle h, ImportBatch batch, long importId, ImportRow row,
      ImportedAnnotations annotations, ImportTally tally) {
    if (row instanceof RefusedLine refused) {
      refused.problems().forEach(tally::refuse);
      return;
    }
    String exampleId = row instanceof ImportedAnnotation a ? a.exampleId() : ((ImportedPrediction) row).exampleId();
    Optional<ImportExamples.Ref> example = ImportExamples.find(h, batch.projectId(), exampleId);
    if (example.isEmpty()) {
      tally.refuse(new Problem(row.line(), "example_id", "example '" + exampleId + "' is not in this project; "
          + "upload it first"));
    } else if (row instanceof ImportedAnnotation a) {
      annotations.add(a, example.get());
    } else {
      ImportedPrediction p = (ImportedPrediction) row;
      if (Suggestions.holdsSame(h, example.get().id(), p)) {
        tally.duplicate(p.line(), exampleId, "model " + p.model() + " already has this prediction for this example");
      } else {
        Suggestions.insertImported(h, batch, importId, example.get().id(), p);
        tally.prediction();
      }
    }
  }
}
