package io.collectlite.annotation;

import java.time.Instant;
import java.util.Objects;

/**
 * One annotator's label for one task; append-only.
 *
 * @param label the primary question's answer as consensus counts it (e.g. {@code highly_relevant})
 * @param answers every answer, as the JSON object of {@link io.collectlite.template.Answers#json()}
 * @param templateVersion the template version the annotator answered under
 * @param source {@code workbench} (submitted here) or {@code import} (brought from another tool)
 * @param importFile for imports, the imported file's name; empty otherwise
 * @param origin for imports, the tool the line named (e.g. {@code label-studio}); empty otherwise
 * @param createdAt when it was made; for imports, the time the other tool recorded
 */
public record Annotation(long id, long taskId, long annotatorId, String annotatorName, String label, String answers,
    Confidence confidence, String notes, long latencyMillis, int templateVersion, String source, String importFile,
    String origin, Instant createdAt) {
  /** The {@link #source()} of annotations submitted in CollectLite. */
  public static final String WORKBENCH = "workbench";
  /** The {@link #source()} of imported annotations. */
  public static final String IMPORT = "import";

  public Annotation {
    Objects.requireNonNull(annotatorName, "annotatorName");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importFile, "importFile");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
