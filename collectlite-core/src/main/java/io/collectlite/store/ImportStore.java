package io.collectlite.store;

import io.collectlite.importing.ImportBatch;
import io.collectlite.importing.ImportResult;
import io.collectlite.importing.ImportRow;
import io.collectlite.quality.ConsensusPolicy;
import java.util.Iterator;

/** Imports of existing annotations and model predictions from another tool. */
public interface ImportStore {
  /**
   * Stores an import's lines in one transaction, consuming {@code rows} as a stream.
   *
   * <p>An annotation needs its example's task; it is stored under the user of that name, who must
   * annotate or own the project already (any other existing user refuses the line; a name no user
   * has is created, with a token nobody holds, as an annotator of the project), as a submitted
   * assignment plus the annotation with {@code source = import}, the import's file, the line's
   * tool and its original {@code created_at}. It counts toward the task's overlap: a task whose
   * active plus submitted assignments already reach its required annotations refuses the line,
   * and an annotator's second annotation of a task is a duplicate. An open task moves to
   * {@code assigned}; one that reaches its required annotations moves to {@code submitted} and
   * {@code consensus} decides it as on submit, with every move audited.
   *
   * <p>The import never waits for a task or assignment another transaction holds (a claim, skip or
   * submit under way): it refuses that line, asking for it to be imported again.
   *
   * <p>A prediction needs its example (not a task) and is stored as a model suggestion; the same
   * model's same answers for an example again is a duplicate. Predictions change no task.
   *
   * <p>Refused lines ({@link io.collectlite.importing.RefusedLine} or refused here) are listed
   * with line and field. In {@code STRICT} mode any refusal fails the call with a
   * {@link io.collectlite.error.ValidationException} listing them all once {@code rows} ends, and
   * nothing is written; whatever {@code rows} throws passes through, also writing nothing.
   */
  ImportResult importLabels(ImportBatch batch, Iterator<ImportRow> rows, ConsensusPolicy consensus);
}
