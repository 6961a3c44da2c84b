package io.collectlite.ingest;

import java.util.Objects;

/**
 * An example whose split key no near-duplicate check has settled yet.
 *
 * @param exported whether its task was already exported (its split is then fixed by its own id)
 */
public record UnsettledExample(long rowId, String exampleId, String fieldsJson, boolean exported) {
  public UnsettledExample {
    Objects.requireNonNull(exampleId, "exampleId");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
  }
}
