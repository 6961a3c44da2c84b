package io.collectlite.suggestion;

import java.util.Objects;

/**
 * An example a suggestion run still has to do.
 *
 * @param rowId the store's row id, which a run pages by
 * @param fieldsJson the example's fields as a JSON object
 */
public record PendingExample(long rowId, String exampleId, String fieldsJson) {
  public PendingExample {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
  }
}
