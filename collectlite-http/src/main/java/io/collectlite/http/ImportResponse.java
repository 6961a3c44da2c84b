package io.collectlite.http;

import io.collectlite.importing.ImportReport;
import io.javalin.openapi.OpenApiDescription;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * What an accepted import stored.
 *
 * @param lines_read non-blank lines read, accepted or not
 * @param annotations_imported annotations stored; each counts toward its task's overlap, except those on
 *     gold tasks
 * @param annotations_on_gold of those, annotations on gold tasks: scored against the gold answer,
 *     counting toward no overlap and never changing the gold answer
 * @param predictions_imported model predictions stored as suggestions; they count toward nothing
 * @param duplicates lines skipped as repeats (an annotator's second annotation of a task, a model's
 *     same prediction again), the first 1,000
 * @param duplicate_count every line skipped as a repeat, listed or not
 * @param rejected lines refused in lenient mode, each with its line, field and reason
 * @param tasks_resolved tasks the import completed that consensus settled
 * @param tasks_to_review tasks the import completed that consensus sent to review
 */
record ImportResponse(@OpenApiRequired long import_id, @OpenApiRequired String file_name,
    @OpenApiRequired @OpenApiDescription("strict or lenient") String mode, @OpenApiRequired int lines_read,
    @OpenApiRequired int annotations_imported,
    @OpenApiRequired @OpenApiDescription("annotations on gold tasks, scored against the gold answer")
    int annotations_on_gold, @OpenApiRequired int predictions_imported,
    @OpenApiRequired @OpenApiDescription("lines skipped as repeats; the first 1,000") List<DuplicateView> duplicates,
    @OpenApiRequired @OpenApiDescription("every line skipped as a repeat, listed or not") int duplicate_count,
    @OpenApiRequired @OpenApiDescription("lines refused in lenient mode; the first 1,000") List<ProblemView> rejected,
    @OpenApiRequired @OpenApiDescription("every refused line, listed or not") int rejected_count,
    @OpenApiRequired int tasks_resolved, @OpenApiRequired int tasks_to_review) {
  static ImportResponse of(ImportReport r) {
    return new ImportResponse(r.importId(), r.fileName(), r.mode().wire(), r.linesRead(), r.annotationsImported(),
        r.annotationsOnGold(), r.predictionsImported(),
        r.duplicates().stream().map(d -> new DuplicateView(d.line(), d.exampleId(), d.reason())).toList(),
        r.duplicateCount(), r.rejected().stream().map(ProblemView::of).toList(), r.rejectedCount(), r.tasksResolved(),
        r.tasksToReview());
  }
}
